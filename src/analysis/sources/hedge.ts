// Hedges near a figure: the words by which the writer keeps a distance from it ("reportedly",
// "it is believed", "an estimated", "as many as"). Looked for in the figure's sentence, within a
// bounded window on each side, nearest first.
import { HEDGES } from '../../lexicon/hedges.js';
import { SECOND_HAND } from '../../lexicon/figure-sources.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+');
const HEDGE = new RegExp(`(?<![\\p{L}])(?:${[...HEDGES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'giu');
const SECOND = new RegExp(`(?<![\\p{L}])(?:${SECOND_HAND.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const BEFORE = 90;
const AFTER = 50;

export interface HedgeFound { text: string; start: number; end: number; secondHand: boolean }

/** The hedge nearest the figure [start, end) inside [lo, hi) (its sentence), if any. */
export function hedgeNear(text: string, start: number, end: number, lo: number, hi: number): HedgeFound | null {
  const from = Math.max(lo, start - BEFORE);
  const to = Math.min(hi, end + AFTER);
  const window = text.slice(from, to);
  let best: HedgeFound | null = null;
  let bestDist = Infinity;
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(window); m; m = HEDGE.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    // a clause break (";", a full stop) between hedge and figure cuts the link
    const between = s < start ? text.slice(e, start) : text.slice(end, s);
    if (/[;.!?]\s/.test(between)) continue;
    const dist = s < start ? start - e : s - end;
    if (dist < bestDist) { best = { text: m[0], start: s, end: e, secondHand: SECOND.test(m[0]) }; bestDist = dist; }
  }
  return best;
}
