// Which tokens can be part of a name (src/analysis/mentions/name-shape.ts), and a currency's letters glued to an
// amount ("R450"), which are money, not an acronym. Texts are invented.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';
import { currencyAmount, formerPrefixed, nameLike } from '../../../src/analysis/mentions/name-shape.js';

const token = (text: string, word: string) => {
  const t = tokenize(text).find((k) => k.text === word);
  expect(t, `${word} in ${text}`).toBeDefined();
  return t!;
};

describe('nameLike: tokens that can be part of a name', () => {
  it.each<[string, string]>([
    ['Then Ada Roe spoke.', 'Ada'],
    ['They met J.R. Lind.', 'J.R.'],
    // a lower-case word with a name prefix
    ['They met al-Hakimi there.', 'al-Hakimi'],
    // an acronym in capitals
    ['Then NATO spoke.', 'NATO'],
    ['Firms in the U.S. grew.', 'U.S.'],
  ])('%s (%s)', (text, word) => expect(nameLike(token(text, word))).toBe(true));
});

describe('nameLike: tokens that are no name', () => {
  it.each<[string, string]>([
    ['they met there', 'met'],
    // a prefix joined to a number names a time
    ['Then Post-1989 rules came.', 'Post-1989'],
    // a number in words, a party-and-state tag, a former role
    ['Then Sixty-one voters came.', 'Sixty-one'],
    ['Rep. Bo Kell, D-Ore, agreed.', 'D-Ore'],
    ['The Ex-Navy chief left.', 'Ex-Navy'],
    // a date word
    ['It ended on Monday.', 'Monday'],
    // an ordinary word in capitals
    ['THE MINISTER SAID NO.', 'SAID'],
  ])('%s (%s)', (text, word) => expect(nameLike(token(text, word))).toBe(false));
});

describe('formerPrefixed', () => {
  it.each<[string, string, boolean]>([
    ['The Ex-Mayor spoke.', 'Ex-Mayor', true],
    ['An ex-champion spoke.', 'ex-champion', true],
    ['The Exon-Mobil deal.', 'Exon-Mobil', false],
  ])('%s (%s)', (text, word, want) => expect(formerPrefixed(token(text, word))).toBe(want));
});

describe('currencyAmount: letters glued to an amount', () => {
  it.each<[string, string, boolean]>([
    ['The bank paid R450 million in fees.', 'R450', true],
    ['The board paid KSh2bn in fees.', 'KSh2bn', true],
    // a glued scale suffix of the lexicon's list (the figures stage reads the same list)
    ['The fund lost R2b in a year.', 'R2b', true],
    // a bare "R" before no amount's shape is a road or a robot
    ['Traffic on the R45 road slowed.', 'R45', false],
    // a word that is no currency's letters
    ['The B52 bomber flew.', 'B52', false],
    ['The R45x road slowed.', 'R45x', false],
  ])('%s (%s)', (text, word, want) => expect(currencyAmount(text, token(text, word))).toBe(want));
});
