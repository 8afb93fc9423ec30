// Plural title abbreviations before two or more names ("Sens. Ada Roe and Bo Lind") keep the sentence going, as
// "Sen." does; in lower case the same letters may be a word that ends a sentence (lexicon/abbreviations.ts
// PLURAL_TITLE_ABBREVIATIONS, read by segment/sentences.ts).
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';

const sentences = (text: string): number => segment({ id: 't', text }).sentences.length;

describe('segment: plural title abbreviations', () => {
  it.each([
    ['The mayor has taken aim at Sens. Ada Roe and Bo Lind for backing the levy.', 1],
    ['The bill was drafted by Reps. Ivo Tarn and Lia Moss of the farm caucus.', 1],
    ['Govs. Ann Pell and Tom Vass signed the water pact on Friday.', 1],
  ])('goes on: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });

  it.each([
    ['He met the sales reps. Then he drove home.', 2],
    ['The senators voted no. Sen. Ada Roe left the chamber.', 2],
  ])('ends: %s', (text, n) => {
    expect(sentences(text)).toBe(n);
  });
});
