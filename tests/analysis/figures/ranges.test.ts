// Ranges of a foreseen movement (src/analysis/figures/ranges.ts): "expects sales to grow 6% to 7%" bounds one
// change; "rose 5% to 7%" is a change and the level it reached.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), low: c.low, high: c.high, qualifier: c.qualifier }));

describe('ranges: a foreseen movement spans two amounts', () => {
  it.each<[string, string, number, number, string]>([
    ['The brewer expects sales to grow 6% to 7% next year.', '6% to 7%', 6, 7, 'up'],
    ['Analysts see growth of 3% to 4% in the region.', '3% to 4%', 3, 4, 'up'],
    ['Fares will rise 8 to 10 percent in April.', '8 to 10 percent', 8, 10, 'up'],
    ['Output could fall by 2% to 3% if the strike lasts.', '2% to 3%', 2, 3, 'down'],
    ['The plan assumes a decline of 1.5% to 2% in demand.', '1.5% to 2%', 1.5, 2, 'down'],
  ])('%s', (text, want, low, high, q) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect([f!.low, f!.high, f!.qualifier]).toEqual([low, high, q]);
  });
});

describe('ranges: leaves alone', () => {
  it.each<[string, string[]]>([
    // a movement that happened: the change and the new level
    ['Turnout rose 5% to 7% of the electorate.', ['5%', '7%']],
    ['Inflation fell 1.2% to 1.9% in May.', ['1.2%', '1.9%']],
    // foreseen, but the two are too far apart to bound one amount: a change and a level
    ['Joblessness is expected to rise 0.4% to 5.1% by spring.', ['0.4%', '5.1%']],
    // foreseen, but the second is money, not a second share
    ['Revenue is forecast to grow 6% to $4 billion.', ['6%', '$4 billion']],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => x.text)).toEqual(want);
  });
});

describe('ranges: feet and inches parted by a comma are one length', () => {
  it.each<[string, string, number]>([
    ['The defendant stands 5 feet, 7 inches and weighs 140 pounds.', '5 feet, 7 inches', 5 + 7 / 12],
    ['Drifts reached 3 feet, 2 inches in the hills.', '3 feet, 2 inches', 3 + 2 / 12],
    ['The calf weighed 60 lb, 4 oz at birth.', '60 lb, 4 oz', 60.25],
  ])('%s', (text, want, value) => {
    const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).toBeCloseTo(value, 9);
  });

  it.each<[string, string[]]>([
    // the second has no unit of its own: a comma then a bare number is a list
    ['The fence is 6 feet, 4 of them rotten.', ['6 feet', '4']],
    // twelve inches or more is not the rest of a foot
    ['The pipe is 8 feet, 14 inches wide at the mouth.', ['8 feet', '14 inches']],
  ])('leaves alone: %s', (text, want) => {
    expect(found(text).map((x) => x.text)).toEqual(want);
  });
});
