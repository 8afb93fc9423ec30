// The currency written before an amount (src/analysis/figures/money-before.ts): a symbol, a currency's letters, or a
// code, looked up in a few characters before the number. Texts are invented.
import { describe, expect, it } from 'vitest';
import { currencyBefore } from '../../../src/analysis/figures/money-before.js';
import { extractFigures } from '../../../src/analysis/figures/index.js';

/** The currency before `num` in `text`: its written form, unit, value and rule (null: none). */
function before(text: string, num: string, value: number, notBefore = 0, scale = 1) {
  const start = text.indexOf(num);
  const c = currencyBefore(text, start, value, notBefore, start + num.length, scale);
  return c && { written: text.slice(c.start, start), unit: c.unit, value: c.value, rule: c.rule };
}

describe('currencyBefore: found', () => {
  it.each<[string, string, number, number, { written: string; unit: string; value: number; rule: string }]>([
    ['The fund paid US$ 40', '40', 40, 1, { written: 'US$ ', unit: 'USD', value: 40, rule: 'money-symbol' }],
    ['Seats cost €12', '12', 12, 1, { written: '€', unit: 'EUR', value: 12, rule: 'money-symbol' }],
    ['He paid Rs. 500', '500', 500, 1, { written: 'Rs. ', unit: 'INR', value: 500, rule: 'money-symbol' }],
    ['It paid USD 31.5', '31.5', 31.5, 1, { written: 'USD ', unit: 'USD', value: 31.5, rule: 'money-code' }],
    // a scaled code multiplies the value
    ['A grant of MEUR 5', '5', 5, 1, { written: 'MEUR ', unit: 'EUR', value: 5e6, rule: 'money-code' }],
    // a bare "R" before the shape of an amount: a scale, thousands in groups, a scale suffix
    ['The bank paid R1.2 billion', '1.2', 1.2, 1e9, { written: 'R', unit: 'ZAR', value: 1.2, rule: 'money-symbol' }],
    ['Fees hit R15,000', '15,000', 15000, 1, { written: 'R', unit: 'ZAR', value: 15000, rule: 'money-symbol' }],
    ['The board paid R40m', '40', 40, 1, { written: 'R', unit: 'ZAR', value: 40, rule: 'money-symbol' }],
  ])('%s', (text, num, value, scale, want) => expect(before(text, num, value, 0, scale)).toEqual(want));
});

describe('currencyBefore: none', () => {
  it.each<[string, string, number]>([
    // a bare "R" before a plain number is a road
    ['Traffic on the R45', '45', 0],
    // three capitals that are no currency code
    ['The ABC 40', '40', 0],
    ['paid 40', '40', 0],
    // a code written before where the figure before ends is that figure's
    ['8 USD 30', '30', 5],
  ])('%s', (text, num, notBefore) => expect(before(text, num, 1, notBefore)).toBeNull());
});

// the letters before an amount, end to end (moved out of units.test.ts)
const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit }));

describe('money: letters written before the amount (money-before.ts)', () => {
  it.each<[string, string, number, string]>([
    ['The water board owes R2.7 billion to the utility.', 'R2.7 billion', 2.7e9, 'ZAR'],
    ['A fine of R18,500 was imposed.', 'R18,500', 18500, 'ZAR'],
    ['The insurer paid out R40m last year.', 'R40m', 4e7, 'ZAR'],
    ['The fund lost R2b in a year.', 'R2b', 2e9, 'ZAR'],
    ['The county set aside KSh 3.1 billion for clinics.', 'KSh 3.1 billion', 3.1e9, 'KES'],
    ['Growers were paid Sh800 million in arrears.', 'Sh800 million', 8e8, 'shilling'],
    ['A bus fare rose to Sh120.', 'Sh120', 120, 'shilling'],
  ])('%s', (text, want, value, unit) => {
    expect(found(text)).toContainEqual({ text: want, value, kind: 'money', unit });
  });

  it.each<[string, string]>([
    // "R" and a bare number: a road, a rating
    ['Traffic backed up on the R62 near the pass.', '62'],
    ['The film was rated R16 by the board.', '16'],
  ])('leaves alone: %s', (text, want) => {
    expect(found(text)).toContainEqual(expect.objectContaining({ text: want, kind: 'other' }));
  });
});
