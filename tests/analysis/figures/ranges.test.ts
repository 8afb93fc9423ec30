// Ranges of a foreseen movement (src/analysis/figures/ranges.ts): "expects sales to grow 6% to 7%" bounds one
// change; "rose 5% to 7%" is a change and the level it reached.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { type Want, expectOne, figures } from './figures-of.js';

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

describe('findFigures: ranges and qualifiers', () => {
  it.each<[string, Want]>([
    ['between 3 and 4 million homes', { text: 'between 3 and 4 million', value: null, low: 3e6, high: 4e6, subject: 'homes' }],
    ['10 to 15 boats', { text: '10 to 15', low: 10, high: 15 }],
    ['a 20-25 minute walk', { text: '20-25 minute', low: 20, high: 25, unit: 'min' }],
    ['six to 8 feet tall', { text: 'six to 8 feet', low: 6, high: 8, unit: 'ft' }],
    ['cost $2-3 billion', { text: '$2-3 billion', low: 2e9, high: 3e9, unit: 'USD' }],
    ['a beam 9 ft 6 in long', { text: '9 ft 6 in', value: 9.5, unit: 'ft' }],
    ['the 6-foot-2 guard', { text: '6-foot-2', value: 6.16666666666667, unit: 'ft' }],
    ['a baby of 7 lb 4 oz', { text: '7 lb 4 oz', value: 7.25, unit: 'lb' }],
    ['a mass of 4.5 ± 0.5 kg', { text: '4.5 ± 0.5 kg', value: 4.5, low: 4, high: 5, unit: 'kg' }],
    ['some 900 sheep', { text: 'some 900', qualifier: 'about', subject: 'sheep' }],
    ['nearly 40 boats', { text: 'nearly 40', qualifier: 'about' }],
    ['over 300 lorries', { text: 'over 300', qualifier: 'more-than' }],
    ['more than 70 flights', { text: 'more than 70', qualifier: 'more-than' }],
    ['at least 12 houses', { text: 'at least 12', qualifier: 'at-least' }],
    ['fewer than 9 seats', { text: 'fewer than 9', qualifier: 'less-than' }],
    ['up to 50 km', { text: 'up to 50 km', qualifier: 'at-most' }],
    ['profits rose 8%', { text: '8%', qualifier: 'up' }],
    ['exports fell by 6 percent', { text: '6 percent', qualifier: 'down' }],
    ['shares were up 3%', { text: '3%', qualifier: 'up' }],
    ['200 or more guests', { text: '200 or more', qualifier: 'at-least' }],
    ['a room of 3 m x 4 m', { text: '3 m', unit: 'm' }],
    ['the gas was heated to 373.15K', { text: '373.15K', value: 373.15, unit: 'K', kind: 'measure' }],
    ['sales of 2.5K units', { text: '2.5K', value: 2500, kind: 'count' }],
    ['a plot 2 m by 5.5 m wide', { text: '5.5 m', unit: 'm' }],
    ['He earns 3 m a year', { text: '3', unit: null }],
    ['loans to less than or equal to 25 firms', { text: 'less than or equal to 25', qualifier: 'at-most' }],
    ['a score equal to or greater than 70', { text: 'equal to or greater than 70', qualifier: 'at-least' }],
    ['a fee equal to 40 dollars', { text: 'equal to 40 dollars', qualifier: 'exact' }],
    ['ages greater than 18 but less than or equal to 65', { text: 'greater than 18 but less than or equal to 65', low: 18, high: 65 }],
    ['a 3% rise in rents', { text: '3%', qualifier: 'up' }],
    ['a $2 drop in the price', { text: '$2', qualifier: 'down' }],
    ['3 cuts were made', { text: '3', qualifier: 'exact' }],
    ['turnout of 67%, up from 61% in May', { text: '61%', qualifier: 'exact' }],
    ['7,000 of them stayed after 7,000 migrant workers left', { text: '7,000 migrant workers'.slice(0, 5), qualifier: 'exact' }],
  ])('%s', (text, want) => expectOne(text, want));

  it('takes the subject of "N of them" from the figure before', () => {
    const f = figures('About 900 fishing boats sailed, and 300 of them returned.');
    expect(f.map((x) => x.subject)).toEqual(['fishing boats', 'fishing boats']);
  });
});
