// quotes/phrase-after.ts phraseAfter, called directly: the phrase right after a cue up to a comma or the sentence end,
// where a speaker named after the cue stands; an initial's period and (with wholeNumbers) a number's comma stay inside.
import { describe, expect, it } from 'vitest';
import { phraseAfter } from '../../../src/analysis/quotes/phrase-after.js';

// the phrase after the first `cue` in the text, read to the text's end
const after = (text: string, cue: string, wholeNumbers = false): string | null => {
  const r = phraseAfter(text, text.indexOf(cue) + cue.length, text.length, wholeNumbers);
  return r === null ? null : text.slice(r.start, r.end);
};

describe('quotes/phrase-after: the phrase right after a cue', () => {
  it.each([
    ['"The pitch is fine," said Ada Lind, the groundsman.', 'said', false, 'Ada Lind'],
    ['The bridge was closed, according to J. R. Moss.', 'according to', false, 'J. R. Moss'],
    ['The plan was backed by the union; talks go on.', 'backed by', false, 'the union'],
    // a number's comma stays inside when asked
    ['Fares will rise, according to a survey of 12,000 riders, the paper said.', 'according to', true, 'a survey of 12,000 riders'],
  ])('%s', (text, cue, whole, expected) => {
    expect(after(text, cue, whole)).toBe(expected);
  });

  it.each([
    // without wholeNumbers the number's comma ends the phrase
    ['Fares will rise, according to a survey of 12,000 riders, the paper said.', 'according to', false, 'a survey of 12'],
    // a period after a lower-case word ends it
    ['The match was called off, said the referee. Fans left.', 'said', false, 'the referee'],
  ])('leaves alone: %s', (text, cue, whole, expected) => {
    expect(after(text, cue, whole)).toBe(expected);
  });

  it('gives null when a stop follows the cue at once', () => {
    expect(after('"We lost," she said, "but we tried."', 'said')).toBeNull();
  });
});
