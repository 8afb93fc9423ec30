// Multiples written as comparisons (src/analysis/figures/multipliers.ts): the factor is the value, the unit
// "times". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, low: c.low, high: c.high, unit: c.unit }));

describe('multipliers: catches', () => {
  it.each<[string, string, number]>([
    ['The valley now has twice as many vineyards as in 1990.', 'twice', 2],
    ['Renters pay three times as much for heating as owners.', 'three times', 3],
    ['Fares in the capital are 2.5 times the regional average.', '2.5 times', 2.5],
    ['Cyclists were four times more likely to be hurt at night.', 'four times', 4],
    ['The new turbine is six times larger than the old one.', 'six times', 6],
    ['Imports of the grain rose fivefold in a decade.', 'fivefold', 5],
    // any count word before "-fold" (lexicon/number-words.ts COUNT_WORDS)
    ['Exports of the cheese rose fifteenfold in a decade.', 'fifteenfold', 15],
    ['The lab reported a 10-fold jump in cases.', '10-fold', 10],
    ['The council now spends twice what it did on parks.', 'twice', 2],
    // a usual level named without "the"
    ['A flat in the port costs 9.5 times average pay.', '9.5 times', 9.5],
    ['River levels reached three times normal height.', 'three times', 3],
    ['Nurses there earn twice median wages.', 'twice', 2],
  ])('%s', (text, want, value) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f).toMatchObject({ value, unit: 'times' });
  });

  it('a range of factors', () => {
    const text = 'Repairs cost two to three times more than planned.';
    expect(found(text)).toContainEqual(expect.objectContaining({ text: 'two to three times', low: 2, high: 3, unit: 'times' }));
  });
});

describe('multipliers: leaves alone', () => {
  it.each<[string, { text: string; unit: string | null }[]]>([
    // how often, not how much (a count per week: count-rates.ts)
    ['The ferry sails three times a week in winter.', [{ text: 'three times a week', unit: '/week' }]],
    ['The depot was hit twice overnight.', []],
    ['The striker scored twice more before the break.', []],
    ['The mayor said twice that she would not run.', []],
    ['The line has failed three times this winter.', [{ text: 'three', unit: null }]],
    ['She visited twice the following spring.', []],
    // "average" as a noun of the clause after how often
    ['The side lost four times, average for a promoted club.', [{ text: 'four', unit: null }]],
    // race times: "average" is the verb, a figure or a preposition after it
    ['Her last five times average 10.2 seconds.', [{ text: 'five', unit: null }, { text: '10.2 seconds', unit: 's' }]],
    ['The swimmer’s four times average under a minute.', [{ text: 'four', unit: null }]],
    ['He has been elected four times since 2004.', [{ text: 'four', unit: null }, { text: '2004', unit: null }]],
    // "manifold" and "the fold" are no factors
    ['The risks are manifold, and the party returned to the fold.', []],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => ({ text: x.text, unit: x.unit }))).toEqual(want);
  });
});
