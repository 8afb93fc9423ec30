// Shared by the tests of where a possessed noun cue's clause ends (nominal-end.test.ts) and of the finite verbs read
// in it (finite-verbs.test.ts): the content after a text's first noun cue, to the end nounClauseEnd gives.
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { nounClauseEnd } from '../../../src/analysis/quotes/nominal-end.js';

/** The content after the text's first noun cue ("that" left out), to the end the function gives (given: the full stop). */
export const content = (text: string): string | null => {
  const cue = findNounCues(text, () => false)[0];
  if (cue === undefined) return null;
  const that = /^\s+that\s+/.exec(text.slice(cue.end));
  const start = that !== null ? cue.end + that[0].length : text.indexOf('to ', cue.end);
  const end = text.lastIndexOf('.');
  return text.slice(start, nounClauseEnd(text, cue, start, end, 0, []));
};
