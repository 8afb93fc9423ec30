// Cues: the words that introduce speech. Verbs from the lexicon, "according to", colon lead-ins and
// dash bylines; none inside a speech quote. Sorted by offset.
import type { Cued, Marked } from '../state.js';
import type { Cue } from '../../types.js';
import { insideQuotes } from './outside.js';
import { insideMarkup } from '../quote-marks/markup.js';
import { findVerbCues } from './verbs.js';
import { findAccordingTo, findColonsAndDashes } from './lead-ins.js';
import { findNounCues } from './nouns.js';
import { findAdjectiveCues } from './adjectives.js';

/** The cues of `xs` that overlap none of `ys` (both sorted by start): one merge pass. */
function withoutOverlap(xs: Cue[], ys: Cue[]): Cue[] {
  let j = 0;
  return xs.filter((x) => {
    while (j < ys.length && (ys[j]?.end ?? 0) <= x.start) j++;
    const y = ys[j];
    return y === undefined || y.start >= x.end;
  });
}

export function findCues(s: Marked): Cued {
  const text = s.doc.text;
  // 1. speech verbs in all their forms (found once, in the quote-marks stage), outside quotes and markup tags
  const quoted = insideQuotes(s.quoteSpans);
  const inTag = insideMarkup(s.markup);
  const verbs = findVerbCues(text, s.speechWords, (at) => inTag(at) || quoted(at));
  // 2. "according to"
  const according = findAccordingTo(text, insideQuotes(s.quoteSpans));
  // 3. colon lead-ins and dash bylines, read off the quotes themselves
  const marks = findColonsAndDashes(text, s.quoteSpans);
  // 4. nouns of saying between a possessor and "that" ("her claim that ...")
  const nouns = findNounCues(text, insideQuotes(s.quoteSpans));
  // 5. predicate adjectives of belief and feeling ("is confident that", "were worried about")
  // (a form the verb pass found already, "were worried about", stays the verb's cue)
  const adjectives = withoutOverlap(findAdjectiveCues(text, insideQuotes(s.quoteSpans)), verbs);
  // after a possessor the form is the noun ("her latest claim that"), not the verb
  const nounEnds = new Set(nouns.map((n) => n.end));
  const cues = [...verbs.filter((v) => !nounEnds.has(v.end)), ...according, ...marks, ...nouns, ...adjectives].sort((a, b) => a.start - b.start);
  return { ...s, cues };
}
