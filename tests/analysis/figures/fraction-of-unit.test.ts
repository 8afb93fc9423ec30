// A spelled fraction of one unit (src/analysis/figures/fraction-of-unit.ts, read-number.ts, attach.ts): invented
// sentences; each rule with what it catches and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { found } from './figures-of.js';

describe('a fraction of one unit is a measure of that unit', () => {
  it.each<[string, string, number, string, string]>([
    ['The depot is half a mile from the harbour.', 'half a mile', 0.5, 'measure', 'mi'],
    ['Crews cleared the line in half an hour.', 'half an hour', 0.5, 'measure', 'hour'],
    ['The lane runs for a quarter of a mile past the mill.', 'a quarter of a mile', 0.25, 'measure', 'mi'],
    ['Commuters waited three quarters of an hour for a bus.', 'three quarters of an hour', 0.75, 'measure', 'hour'],
    ['The sprinter lost by a tenth of a second.', 'a tenth of a second', 0.1, 'measure', 's'],
    ['The shutter opens for one hundredth of a second.', 'one hundredth of a second', 0.01, 'measure', 's'],
    ['The dose is a hundred millionths of a gram.', 'a hundred millionths of a gram', 1e-4, 'measure', 'g'],
    ['Volunteers hauled half a tonne of litter off the beach.', 'half a tonne', 0.5, 'measure', 't'],
    ['The reserve bank lifted its rate by half a percentage point.', 'half a percentage point', 0.5, 'percent', 'pp'],
    ['Bond yields eased a quarter of a percentage point.', 'a quarter of a percentage point', 0.25, 'percent', 'pp'],
    ['Grocery prices rose by half a per cent in March.', 'half a per cent', 0.5, 'percent', '%'],
    ['The stall sells apples at half a dollar each.', 'half a dollar', 0.5, 'money', 'USD'],
  ])('%s', (text, want, value, kind, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 12);
    expect(f).toMatchObject({ kind, unit });
  });
});

describe('a fraction before a word that is no unit stays as it was', () => {
  it.each<[string, string[]]>([
    // no unit after the article: "half" is no figure, "a third" a share
    ['She ate half a loaf on the train.', []],
    ['A third of a class missed the test.', ['A third']],
    // currency names that are words first
    ['A third of a real estate fund was sold.', ['A third']],
    ['Half a won match is not enough for the coach.', []],
  ])('%s', (text, texts) => {
    expect(found(text).map((x) => x.text)).toEqual(texts);
  });
});
