// The currency written before an amount (src/analysis/figures/money-before.ts): a symbol, a currency's letters, or a
// code, looked up in a few characters before the number. Texts are invented.
import { describe, expect, it } from 'vitest';
import { currencyBefore } from '../../../src/analysis/figures/money-before.js';

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
