// Reading one number from its first token (src/analysis/figures/read-number.ts): digits, number words, an article
// before a scale or fraction, and when a bare "half" or "quarter" counts at all. Texts are invented.
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/analysis/figures/read-number.js';

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
