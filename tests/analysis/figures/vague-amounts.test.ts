// Amounts given without a number (src/analysis/figures/vague-amounts.ts): one figure each, valued at the floor
// the words surely pass, with the qualifier more-than. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit, qualifier: c.qualifier }));

describe('vague amounts: catches', () => {
  it.each<[string, string, number, string, string | null]>([
    ['Dozens of volunteers cleared the beach on Sunday.', 'Dozens', 12, 'count', null],
    ['Hundreds of thousands of households lost power overnight.', 'Hundreds of thousands', 1e5, 'count', null],
    ['The levy raised tens of millions of euros for rural schools.', 'tens of millions of euros', 1e7, 'money', 'EUR'],
    ['Several hundred dockworkers walked out at dawn.', 'Several hundred', 100, 'count', null],
    ['A few thousand fans stayed for the encore.', 'A few thousand', 1e3, 'count', null],
    ['Scores of fishing boats were stranded by the gale.', 'Scores', 20, 'count', null],
    ['The mudslide displaced thousands, the mayor said.', 'thousands', 1e3, 'count', null],
    ['The agency expects a couple of hundred applicants.', 'a couple of hundred', 100, 'count', null],
    ['Rebuilding the bridge would cost several billion euros.', 'several billion euros', 1e9, 'money', 'EUR'],
    ['The festival drew tens of thousands despite the rain.', 'tens of thousands', 1e4, 'count', null],
    // a unit of measure after "of" makes a measure, as after a number ("3,000 years", "200 miles")
    ['The glacier carved the valley thousands of years ago.', 'thousands of years', 1e3, 'measure', 'year'],
    ['Refugees walked hundreds of kilometres to the border.', 'hundreds of kilometres', 100, 'measure', 'km'],
    ['Crews logged dozens of hours of overtime.', 'dozens of hours', 12, 'measure', 'hour'],
  ])('%s', (text, want, value, kind, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f).toMatchObject({ value, kind, unit, qualifier: 'more-than' });
  });
});

describe('vague amounts: leaves alone', () => {
  it.each<[string, string[]]>([
    // "scores" the plural noun
    ['Average test scores of pupils in the county rose.', []],
    ['The judges posted scores of 9.5 and 9.7.', ['9.5', '9.7']],
    // "a few" and "several" before other nouns
    ['A few years ago the mill closed.', []],
    // a fraction, not a scale
    ['The vote was settled by several hundredths of a point.', []],
    // a singular currency word modifies a noun: the amount is a count of bills
    ['He carried a few hundred dollar bills.', ['a few hundred']],
    // a counted number before the plural is no vague amount
    ['The bakery sold 4 dozens before noon.', ['4']],
    // no unit after "of", or a singular one modifying a noun: a count, the unit word not taken
    ['She has rehearsed the speech hundreds of times.', ['hundreds']],
    ['Dozens of mile markers were stolen.', ['Dozens']],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => x.text)).toEqual(want);
  });
  it('a singular currency word leaves the amount a count', () => {
    expect(found('He carried a few hundred dollar bills.')[0]).toMatchObject({ kind: 'count', unit: null });
  });
});
