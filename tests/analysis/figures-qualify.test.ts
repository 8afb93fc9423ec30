// Qualifier edge cases (src/analysis/figures/qualify.ts, src/lexicon/qualifiers.ts): comparison
// symbols, loose inclusive bounds, and "plus"/"or less" that belong to the next number.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), qualifier: c.qualifier, low: c.low, high: c.high }));

describe('qualifiers: catches', () => {
  it.each<[string, string, string]>([
    ['Loans of < = 500 need no form.', '< = 500', 'at-most'],
    ['Only files <= 20 pass.', '<= 20', 'at-most'],
    ['Pick a value ≥ 7 here.', '≥ 7', 'at-least'],
    ['Volunteers aged 70 plus came.', '70 plus', 'at-least'],
    ['Bids of 400 or less win.', '400 or less', 'at-most'],
    ['Keep it less or equal than 40.', 'less or equal than 40', 'at-most'],
    ['Make it greater or equal to 12.', 'greater or equal to 12', 'at-least'],
    ['Ticket prices rose $3 this year.', '$3', 'up'],
    ['The runner lost two years to injury.', 'two years', 'down'],
  ])('%s', (text, want, qualifier) => {
    expect(found(text).find((f) => f.text === want), JSON.stringify(found(text))).toMatchObject({ qualifier });
  });

  it('two loose bounds make a range', () => {
    expect(found('The rate is above 20 and less or equal than 35.')[0]).toMatchObject({ low: 20, high: 35 });
  });
});

describe('qualifiers: leaves alone', () => {
  it.each<[string, [string, string][]]>([
    // an arrow is no comparison
    ['Step 2 => 30 units', [['2', 'exact'], ['30', 'exact']]],
    // "plus" before a number is arithmetic
    ['Add 4 plus 6 to get ten.', [['4', 'exact'], ['6', 'exact'], ['ten', 'exact']]],
    ['It took 2.5 plus three hours.', [['2.5', 'exact'], ['three hours', 'exact']]],
    // "or less than N" bounds N, not the number before it
    ['Pay 300 or less than 350.', [['300', 'exact'], ['less than 350', 'less-than']]],
    // money raised is money collected, not a rise
    ['The campaign raised $4.2 million in March.', [['$4.2 million', 'exact']]],
    // a time span back from now is no fall
    ['The mayor lost two years ago.', [['two years', 'exact']]],
  ])('%s', (text, want) => {
    expect(found(text).map((f) => [f.text, f.qualifier])).toEqual(want);
  });
});
