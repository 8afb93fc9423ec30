// Cues that are not verbs: "according to", a colon that leads into a quote (also across a line
// break: "And from the chairwoman:\n“...”"), and a dash byline after a quote ("“...” — Name").
import type { Cue, QuoteSpan } from '../../types.js';

// "according to X", and the framings that name a source the same way: "in the view of X", "in the
// words of X", "in the opinion of X" (not "in the eyes of", as often a literal look as a view)
const ACCORDING_TO = /\b(?:according to|in the (?:view|words|opinion|estimation|judgm?ent) of)\b/gi;
const COLON_BEFORE = /:[ \t]*(?:\r?\n[ \t]*){0,3}$/;
const DASH_AFTER = /^[ \t]*(—|–|--?)[ \t]*(?=\p{Lu})/u;

export function findAccordingTo(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(text); m !== null; m = ACCORDING_TO.exec(text)) {
    if (inside(m.index)) continue;
    // the phrase itself is the lemma ("according to", "in the view of"), whatever its case
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, lemma: m[0].toLowerCase(), kind: 'according-to' });
  }
  return out;
}

export function findColonsAndDashes(text: string, spans: QuoteSpan[]): Cue[] {
  const out: Cue[] = [];
  for (const q of spans) {
    if (q.depth !== 0 || q.role !== 'speech') continue;
    const before = text.slice(Math.max(0, q.open - 12), q.open);
    const colon = COLON_BEFORE.exec(before);
    if (colon !== null) {
      const at = q.open - before.length + colon.index;
      out.push({ text: ':', start: at, end: at + 1, lemma: ':', kind: 'colon' });
    }
    const dash = DASH_AFTER.exec(text.slice(q.close, q.close + 8));
    if (dash !== null && dash[1] !== undefined) {
      const at = q.close + dash[0].indexOf(dash[1]);
      out.push({ text: dash[1], start: at, end: at + dash[1].length, lemma: 'dash', kind: 'dash' });
    }
  }
  return out;
}
