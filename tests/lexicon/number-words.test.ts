// The number words as data (lexicon/number-words.ts): COUNT_WORDS is the one list of the spelled words of a count that
// the patterns take, the units and the tens, each once; multipliers, ordinals and fractions stay out of it.
import { describe, expect, it } from 'vitest';
import { COUNT_WORDS, PLURAL_COUNT_WORDS, TENS_WORDS, UNIT_WORDS } from '../../src/lexicon/number-words.js';

describe('lexicon: number words', () => {
  it.each(['zero', 'one', 'seven', 'twelve', 'nineteen', 'twenty', 'forty', 'ninety'])('"%s" is a count word', (w) => {
    expect(COUNT_WORDS).toContain(w);
  });

  it.each(['hundred', 'million', 'dozen', 'third', 'first', 'half'])('"%s" is no count word', (w) => {
    expect(COUNT_WORDS).not.toContain(w);
  });

  it('holds the units and the tens, each once', () => {
    expect(new Set(COUNT_WORDS).size).toBe(COUNT_WORDS.length);
    expect(COUNT_WORDS.length).toBe(Object.keys(UNIT_WORDS).length + Object.keys(TENS_WORDS).length);
  });
});

describe('lexicon: PLURAL_COUNT_WORDS, the counts that take a plural noun', () => {
  it.each(['two', 'thirteen', 'sixty', 'ninety'])('"%s" is one', (w) => {
    expect(PLURAL_COUNT_WORDS).toContain(w);
  });
  it.each(['zero', 'nil', 'one', 'hundred'])('leaves alone "%s"', (w) => {
    expect(PLURAL_COUNT_WORDS).not.toContain(w);
  });
});
