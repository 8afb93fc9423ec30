// Hedges near a figure: the words by which the writer keeps a distance from it ("reportedly",
// "it is believed", "an estimated"). Looked for in the figure's sentence, within a
// bounded window on each side, nearest first.
import type { Figure } from '../../types.js';
import { CLAIMED_TAKES, HEDGE_ATTRIBUTIVE, HEDGE_PREMODIFIERS, HEDGES, NOT_HEDGE_AFTER } from '../../lexicon/hedges.js';
import { SECOND_HAND } from '../../lexicon/figure-sources.js';
import { firstNotBefore } from '../sorted.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+');

/**
 * One alternative per first word, the rest of each phrase after it ("it (?:is believed|was reported|...)"):
 * the scan runs over the whole document, and trying sixty phrases at every position cost more than all
 * the rest of this stage. Longer rests first, so the longest phrase wins as before.
 */
function byFirstWord(phrases: string[]): string {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const [first, ...rest] = p.split(' ');
    const list = groups.get(first!) ?? [];
    list.push(rest.join(' '));
    groups.set(first!, list);
  }
  return [...groups].sort((a, b) => b[0].length - a[0].length).map(([first, rests]) => {
    const tails = rests.filter((r) => r !== '').sort((a, b) => b.length - a.length).map(escape);
    const alone = rests.includes('');
    if (tails.length === 0) return escape(first);
    return `${escape(first)}(?:[ \\t\\u00a0]+(?:${tails.join('|')}))${alone ? '?' : ''}`;
  }).join('|');
}
// whole-document scans use ASCII \b (the words are ASCII): a Unicode lookbehind at every position costs several times more
const HEDGE = new RegExp(`\\b(?:${byFirstWord(HEDGES)})\\b`, 'gi');
const SECOND = new RegExp(`(?<![\\p{L}])(?:${SECOND_HAND.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const CLAUSE_BREAK = /[;:.!?](?:\s|$)|,[ \t\u00a0]*(?:but|and|or|while|whereas|although|though|which|who|when|where|because)(?![\p{L}])/u;
const PREMODIFIER = new RegExp(`^(?:${HEDGE_PREMODIFIERS.map(escape).join('|')})$`, 'i');
// "paid a reported £45m": an article's second-hand adjective right before the figure, read per figure from the few
// characters before it (in the whole-document scan, the words "a" and "an" would cost a try at every article)
const ATTRIBUTIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${HEDGE_ATTRIBUTIVE.map(escape).join('|')})([ \\t\\u00a0]+)$`, 'iu');
const ATTRIBUTIVE_REACH = 24;
// a premodifier qualifies a figure this close after it ("an estimated 40", "estimated at $2 million")
const PREMODIFIER_GAP = 12;
const BEFORE = 90;
const AFTER = 50;

export interface HedgeFound { text: string; start: number; end: number; secondHand: boolean }

export interface HedgeHit { start: number; end: number; text: string }

/** Every hedge in the document, found once. */
export function indexHedges(text: string): HedgeHit[] {
  const out: HedgeHit[] = [];
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(text); m; m = HEDGE.exec(text)) {
    const end = m.index + m[0].length;
    // "may have to wait": the same words, no distance taken from a figure
    if (NOT_HEDGE_AFTER.test(text.slice(end, end + 12))) continue;
    // "the storm claimed 12 lives": "claimed" as "took", no claim
    if (m[0].toLowerCase() === 'claimed' && CLAIMED_TAKES.test(text.slice(end, end + 40))) continue;
    out.push({ start: m.index, end, text: m[0] });
  }
  return out;
}

/** The hedge nearest the figure [start, end) inside [lo, hi) (its sentence), if any. */
export function hedgeNear(text: string, all: HedgeHit[], start: number, end: number, lo: number, hi: number): HedgeFound | null {
  const near = Math.max(lo, start - ATTRIBUTIVE_REACH);
  const attributive = ATTRIBUTIVE_BEFORE.exec(text.slice(near, start));
  if (attributive) {
    const s = near + attributive.index + attributive[0].length - attributive[2]!.length - attributive[1]!.length;
    return { text: attributive[1]!, start: s, end: s + attributive[1]!.length, secondHand: false };
  }
  const from = Math.max(lo, start - BEFORE);
  const to = Math.min(hi, end + AFTER);
  const a = firstNotBefore(all, (x) => x.start < from);
  let best: HedgeFound | null = null;
  let bestDist = Infinity;
  for (let i = a; i < all.length && all[i]!.end <= to; i++) {
    const { start: s, end: e, text: t } = all[i]!;
    // a clause break between hedge and figure cuts the link: a stop, a colon, or a comma before a new clause
    // ("sold it in 2015, but denied any profit")
    const between = s < start ? text.slice(e, start) : text.slice(end, s);
    if (CLAUSE_BREAK.test(between)) continue;
    // "an estimated", "estimated" qualify the figure right after them, not one before or further on
    if (PREMODIFIER.test(t) && (s > start || start - e > PREMODIFIER_GAP || between.includes(','))) continue;
    const dist = s < start ? start - e : s - end;
    if (dist < bestDist) { best = { text: t, start: s, end: e, secondHand: SECOND.test(t) }; bestDist = dist; }
  }
  return best;
}

// "are reportedly massing", "is said to": the hedge sits on a finite verb, so it opens a clause of the writer's
const AUXILIARY_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|has|have|had|will|would|been|be)[ \t\u00a0]+$/iu;
export function onFiniteVerb(text: string, h: HedgeFound): boolean {
  return /^(?:is|are|was|were)[ \t\u00a0]/i.test(h.text) || AUXILIARY_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start));
}

// a reduced relative right before the figure: "reported to be £30 million", "said to be worth $2 billion"
const ON_FIGURE = /^[ \t\u00a0]+(?:worth[ \t\u00a0]+|about[ \t\u00a0]+|around[ \t\u00a0]+|some[ \t\u00a0]+)?$/i;
export function onFigure(text: string, h: HedgeFound, f: Figure): boolean {
  return h.end <= f.start && f.start - h.end <= 12 && /to be$/i.test(h.text) && ON_FIGURE.test(text.slice(h.end, f.start));
}
