// Reading one number from its first token (src/analysis/figures/read-number.ts): digits, number words, an article
// before a scale or fraction, and when a bare "half" or "quarter" counts at all. Texts are invented.
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/analysis/figures/read-number.js';
import { type Want, expectOne } from './figures-of.js';

/** The number read from the first `first` in `text`: its words as written and the fields asked for. */
function read(text: string, first: string) {
  const pos = text.indexOf(first);
  const r = readNumber(text, pos, first, pos + first.length);
  return r && { text: text.slice(r.start, r.end), value: r.value, words: r.words, ordinal: r.ordinal, fraction: r.fraction };
}

describe('readNumber: what it reads', () => {
  it.each<[string, string, { text: string; value: number; words: boolean; ordinal: boolean; fraction: boolean }]>([
    ['seventeen herons', 'seventeen', { text: 'seventeen', value: 17, words: true, ordinal: false, fraction: false }],
    ['twenty-one guns fired', 'twenty', { text: 'twenty-one', value: 21, words: true, ordinal: false, fraction: false }],
    ['1.5 billion litres', '1.5', { text: '1.5 billion', value: 1.5e9, words: false, ordinal: false, fraction: false }],
    ['6 thousand 5 hundred and 43 ducks', '6', { text: '6 thousand 5 hundred and 43', value: 6543, words: false, ordinal: false, fraction: false }],
    // the article counts as one before a scale or a fraction
    ['a hundred and two sailors', 'hundred', { text: 'a hundred and two', value: 102, words: true, ordinal: false, fraction: false }],
    ['an eighth of the harvest', 'eighth', { text: 'an eighth', value: 0.125, words: true, ordinal: false, fraction: true }],
    ['a quarter of the budget', 'quarter', { text: 'a quarter', value: 0.25, words: true, ordinal: false, fraction: true }],
    // an ordinal after an article and before a rank noun is a rank
    ['a fifth term in office', 'fifth', { text: 'fifth', value: 5, words: true, ordinal: true, fraction: false }],
    ['the third keeper', 'third', { text: 'third', value: 3, words: true, ordinal: true, fraction: false }],
    // a bare "half" counts before a determiner, after a bound, as the size of a change, or before one unit
    ['half the members left', 'half', { text: 'half', value: 0.5, words: true, ordinal: false, fraction: true }],
    ['more than half agreed', 'half', { text: 'half', value: 0.5, words: true, ordinal: false, fraction: true }],
    ['Output fell by half last year.', 'half', { text: 'half', value: 0.5, words: true, ordinal: false, fraction: true }],
    ['half a mile away', 'half', { text: 'half', value: 0.5, words: true, ordinal: false, fraction: true }],
  ])('%s (from %s)', (text, first, want) => expect(read(text, first)).toEqual(want));
});

describe('readNumber: what it leaves alone', () => {
  it.each<[string, string]>([
    // "in half" splits a thing
    ['She cut the loaf in half now.', 'half'],
    // a clock time and a word made with "half"
    ['They met by half past nine.', 'half'],
    ['The jar was about half-full.', 'half'],
    // "quarter" takes no determiner without "of": a verb
    ['Quarter the onions first.', 'Quarter'],
    // no number word at all
    ['the cat sat', 'cat'],
  ])('%s (from %s)', (text, first) => expect(read(text, first)).toBeNull());
});

describe('findFigures: numbers in digits and words', () => {
  it.each<[string, Want]>([
    ['The club sold 12,500 tickets.', { text: '12,500', value: 12500, kind: 'count', subject: 'tickets' }],
    ['It weighs 3.75 grams.', { text: '3.75 grams', value: 3.75, kind: 'measure', unit: 'g' }],
    ['Only .5 of them', { text: '.5', value: 0.5 }],
    ['We counted seventeen geese.', { text: 'seventeen', value: 17, subject: 'geese' }],
    ['A dozen eggs broke.', { text: 'A dozen', value: 12, subject: 'eggs' }],
    ['They ordered half a dozen pies.', { text: 'half a dozen', value: 6 }],
    ['More than half the crew stayed.', { text: 'More than half', value: 0.5, qualifier: 'more-than' }],
    ['Nearly half its staff left.', { text: 'Nearly half', value: 0.5, qualifier: 'about' }],
    ['a half-billion stars shone', { text: 'a half-billion', value: 500000000, subject: 'stars' }],
    ['The fund holds 1.5 billion shares.', { text: '1.5 billion', value: 1.5e9, subject: 'shares' }],
    ['three-quarters of voters agreed', { text: 'three-quarters', value: 0.75, subject: 'voters' }],
    ['a third of the crop', { text: 'a third', value: 0.333333333333333 }],
    ['We need a hundred and seven chairs', { text: 'a hundred and seven', value: 107 }],
    ['ninety-nine balloons', { text: 'ninety-nine', value: 99 }],
    ['two thousand and forty lamps', { text: 'two thousand and forty', value: 2040 }],
    ['about two and a half hours', { text: 'about two and a half hours', value: 2.5, unit: 'hour', qualifier: 'about' }],
    ['a 10k race and 4bn in debt', { text: '10k', value: 10000 }],
    ['The ratio was 3/8 overall.', { text: '3/8', value: 0.375 }],
    ['It took 2 1/4 days.', { text: '2 1/4 days', value: 2.25, unit: 'day' }],
    ['The bowl is ¾ full.', { text: '¾', value: 0.75 }],
    ['The temperature fell to minus 5', { text: 'minus 5', value: -5 }],
    ['two and a half million people', { text: 'two and a half million', value: 2.5e6, subject: 'people' }],
    ['one point two billion users', { text: 'one point two billion', value: 1.2e9 }],
    ['three quarters of a billion homes', { text: 'three quarters of a billion', value: 750000000 }],
    ['four million and one half', { text: 'four million and one half', value: 4.5e6 }],
    ['He served 5 ½ years.', { text: '5 ½ years', value: 5.5, unit: 'year' }],
    ['a margin of plus or minus 2.5 percentage points', { text: '2.5 percentage points', value: 2.5 }],
    ['a 9" plate', { text: '9"', value: 9, unit: 'in' }],
    ['It pledged $45 billion over 8 years.', { text: '$45 billion', subject: null }],
  ])('%s', (text, want) => expectOne(text, want));
});
