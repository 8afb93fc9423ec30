// figures/spoken-parts.ts, called directly at the offset the reader has reached: a rank or period word before halves
// and quarters (rankedPeriod), "a fifth" as a rank before a noun (rankAfterArticle), the fraction after "and" in a
// mixed number (fractionPhraseAfter), a compound denominator (compoundDenominatorAfter) and the decimals after "point"
// (spokenDecimals). Invented sentences.
import { describe, expect, it } from 'vitest';
import { compoundDenominatorAfter, fractionPhraseAfter, rankAfterArticle, rankedPeriod, spokenDecimals } from '../../../src/analysis/figures/spoken-parts.js';

// the offset right after the first `word` in the text
const after = (text: string, word: string): number => text.indexOf(word) + word.length;

describe('figures/spoken-parts: rankedPeriod', () => {
  it.each([
    ['Sales fell in the first quarter of the year.', 'quarter'],
    ['The side scored twice in the second half.', 'half'],
  ])('a period: %s', (text, word) => {
    expect(rankedPeriod(text, text.indexOf(word))).toBe(true);
  });

  it.each([
    ['Three quarters of the seats were empty.', 'quarters'],
    ['Nearly half of the crew stayed ashore.', 'half'],
  ])('leaves alone: %s', (text, word) => {
    expect(rankedPeriod(text, text.indexOf(word))).toBe(false);
  });
});

describe('figures/spoken-parts: rankAfterArticle', () => {
  it.each([
    ['She is seeking a fifth term as mayor.', 'fifth'],
    ['The club fell to a third straight loss.', 'third'],
    ['The firm posted a third-quarter loss.', 'third'],
  ])('a rank: %s', (text, word) => {
    expect(rankAfterArticle(text, after(text, word))).toBe(true);
  });

  it.each([
    // before "of", the end of the phrase, or a past tense: a fraction
    ['A third of the trees were felled.', 'third', false],
    ['The budget was cut by a third.', 'third', false],
    ['A fifth voted against the plan.', 'fifth', false],
    // after a whole number, a plural noun is what is measured
    ['Add two and a third cups of flour.', 'third', true],
  ])('leaves alone: %s', (text, word, afterWhole) => {
    expect(rankAfterArticle(text, after(text, word), afterWhole)).toBe(false);
  });
});

describe('figures/spoken-parts: the parts after "and" and "point"', () => {
  it.each([
    ['four hundred and sixty-one hundredths', 'and', 0.61],
    ['five million and one fifth', 'and', 0.2],
    ['three and three quarters', 'and', 0.75],
  ])('fractionPhraseAfter: %s', (text, word, value) => {
    expect(fractionPhraseAfter(text, after(text, word))?.value).toBeCloseTo(value);
  });

  it.each([
    // an improper fraction, or a plural numerator with a singular denominator: no part of a mixed number
    ['one hundred and twenty-three eighths', 'and'],
    ['two hundred and three fifth', 'and'],
    // no fraction word at all
    ['two hundred and three boats', 'and'],
  ])('fractionPhraseAfter leaves alone: %s', (text, word) => {
    expect(fractionPhraseAfter(text, after(text, word))).toBeNull();
  });

  it.each([
    ['five thirty-seconds of an inch', 'five', 32],
    ['seven twenty-firsts', 'seven', 21],
  ])('compoundDenominatorAfter: %s', (text, word, denominator) => {
    expect(compoundDenominatorAfter(text, after(text, word))?.denominator).toBe(denominator);
  });

  it('compoundDenominatorAfter leaves alone a count of things', () => {
    expect(compoundDenominatorAfter('five thirty minutes', 4)).toBeNull();
  });

  it.each([
    ['nought point five', 0.5],
    ['two point seventy-one', 0.71],
    ['zero point nought three', 0.03],
  ])('spokenDecimals: %s', (text, value) => {
    expect(spokenDecimals(text, after(text, 'point'))?.value).toBeCloseTo(value);
  });

  it('spokenDecimals leaves alone a word that is no digit', () => {
    expect(spokenDecimals('the point is moot', after('the point is moot', 'point'))).toBeNull();
  });
});
