// quotes/naming-passive.ts complementBeforeAgent, called directly: a passive of naming or judging, its complement, then
// "by" and the agent; the offset returned is where the complement ends.
import { describe, expect, it } from 'vitest';
import { complementBeforeAgent } from '../../../src/analysis/quotes/naming-passive.js';
import { cueOf, handCue } from '../verb-cues.js';

// the complement after cue `words`, read to the sentence end, or null
const complement = (text: string, words: string): string | null => {
  const c = cueOf(text, words);
  const end = complementBeforeAgent(text, c, text.length);
  return end === null ? null : text.slice(c.end, end).trim();
};

describe('quotes/naming-passive: the complement of a naming or judging passive before its agent', () => {
  it.each([
    ['Raw milk is considered unsafe by health officials.', 'is considered', 'unsafe'],
    ['The referee has been called a disgrace by fans.', 'has been called', 'a disgrace'],
    ['The new stand was deemed too costly to finish by the council.', 'was deemed', 'too costly to finish'],
  ])('%s', (text, words, expected) => {
    expect(complement(text, words)).toBe(expected);
  });

  it.each([
    // no agent
    ['Raw milk is considered unsafe in most states.', 'is considered'],
    // a clause mark before "by"
    ['The referee has been called a disgrace, not least by fans.', 'has been called'],
  ])('leaves alone: %s', (text, words) => {
    expect(complement(text, words)).toBeNull();
  });

  // (cues built by hand: the cue stage gives none on these)
  it.each([
    // a preposition's phrase after the cue: a deed, no view
    ['The witness was called to the stand by the judge.', 'was called', 'call'],
    // a verb of neither naming nor judging
    ['The fee was announced as final by the club.', 'was announced', 'announce'],
  ])('leaves alone: %s', (text, words, lemma) => {
    expect(complementBeforeAgent(text, handCue(text, words, lemma), text.length)).toBeNull();
  });
});
