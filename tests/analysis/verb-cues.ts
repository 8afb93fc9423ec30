// Test helper: the words of the verb cues attrib finds in a text, in order. Most cue tests compare this list, so it is
// written once here rather than in each test file.
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';
import type { Cue } from '../../src/types.js';

export const verbCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.filter((c) => c.kind === 'verb').map((c) => c.text);

// the words of every cue (verbs, nouns, phrases), in order
export const allCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => c.text);

// every cue as "kind:text" (verb, noun, according-to, colon, dash), in order
export const kindedCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => `${c.kind}:${c.text}`);

// the first cue whose words are `words`, as the cue stage gives it: for tests that call one rule with one cue
export const cueOf = (text: string, words: string): Cue => {
  const cue = findCues(findQuoteMarks(segment({ id: 't', text }))).cues.find((c) => c.text === words);
  if (cue === undefined) throw new Error(`no cue "${words}" in: ${text}`);
  return cue;
};

// a verb cue built by hand on the first `words` in the text, for a rule called with a cue the cue stage would not give
export const handCue = (text: string, words: string, lemma: string): Cue => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in: ${text}`);
  return { text: words, start, end: start + words.length, lemma, kind: 'verb' };
};
