// A number's reference abbreviation ("No. 5", "Vol. 3", "p. 12") keeps the sentence going only before a digit
// (lexicon/abbreviations.ts NUMBER_REFERENCES, read by segment/sentences.ts); "no." before a word ends it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';

const sentences = (text: string): number => segment({ id: 't', text }).sentences.length;

describe('segment: number-reference abbreviations', () => {
  it.each([
    ['Tom Lusk said he would vote no. Lusk, a former sheriff, said the bill was weak.', 2],
    ['The crowd shouted no. Ivo Berg left the hall.', 2],
  ])('ends: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });

  it.each([
    ['The bill, No. 5 on the list, was dead, Ada Kim said.', 1],
    ['The rule is in Vol. 3 of the code and on p. 12 of the guide.', 1],
    ['She lives at No. 10 Harbour Row.', 1],
  ])('leaves alone: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });
});
