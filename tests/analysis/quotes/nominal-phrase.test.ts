// quotes/nominal-phrase.ts phraseEnd, called directly: the phrase after a noun cue ends at the first stop, else at the
// sentence's end with its full stop and blanks left out (a period inside, "Dr." or "U.K.", does not end it).
import { describe, expect, it } from 'vitest';
import { phraseEnd } from '../../../src/analysis/quotes/nominal-phrase.js';

const STOP = /[;:]/;
// the phrase from `from` (a word of the text) to where phraseEnd puts its end, the sentence being the whole text
const phraseFrom = (text: string, from: string): string => {
  const start = text.indexOf(from);
  return text.slice(start, phraseEnd(text, start, text.length, STOP));
};

describe('quotes/nominal-phrase: where a phrase after a noun cue ends', () => {
  it.each([
    // the first stop
    ['Her complaint about the noisy bins; the council replied.', 'the noisy', 'the noisy bins'],
    // no stop: the sentence end, its full stop and blanks left out
    ['The coach voiced doubts about the new turf.  ', 'the new', 'the new turf'],
    ['The warning of Dr. Okafor about the U.K. heat.', 'Dr.', 'Dr. Okafor about the U.K. heat'],
  ])('%s', (text, from, expected) => {
    expect(phraseFrom(text, from)).toBe(expected);
  });

  it.each([
    // a stop right at the start: an empty phrase
    ['The pledge of; the rest.', '; the', ''],
    // a comma is no stop of this caller's pattern: the phrase runs on through it
    ['Their fears about rents, bills and fares.', 'rents', 'rents, bills and fares'],
  ])('leaves alone: %s', (text, from, expected) => {
    expect(phraseFrom(text, from)).toBe(expected);
  });

  it('reads at most 200 characters', () => {
    const text = `The claim that ${'very '.repeat(60)}long.`;
    const start = text.indexOf('very');
    expect(phraseEnd(text, start, text.length, STOP) - start).toBeLessThanOrEqual(200);
  });
});
