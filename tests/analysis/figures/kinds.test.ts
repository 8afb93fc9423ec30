// What kind of figure a number is and its unit (figures/kinds.ts): percentages, money, measures, news shorthand
// ("1.5m", "5pc", "41.5C"), an age. Through extractFigures; invented texts.
import { describe, expect, it } from 'vitest';
import { type Want, expectOne, figures } from './figures-of.js';

describe('findFigures: percentages, money and measures', () => {
  it.each<[string, Want]>([
    ['Sales grew 5%.', { text: '5%', kind: 'percent', unit: '%', qualifier: 'up' }],
    ['Prices were 4.2 per cent higher.', { text: '4.2 per cent', value: 4.2, kind: 'percent' }],
    ['Turnout was 61 percent.', { text: '61 percent', value: 61, kind: 'percent' }],
    ['Support slipped 2 percentage points.', { text: '2 percentage points', unit: 'pp', qualifier: 'down' }],
    ['The bridge cost $4.5 billion.', { text: '$4.5 billion', value: 4.5e9, kind: 'money', unit: 'USD' }],
    ['Shares closed at US$58.', { text: 'US$58', value: 58, unit: 'USD' }],
    ['a €3m grant', { text: '€3m', value: 3e6, unit: 'EUR' }],
    ['a fine of 12 yuan', { text: '12 yuan', value: 12, unit: 'CNY' }],
    ['a $1MM bonus', { text: '$1MM', value: 1e6 }],
    ['a bid of £250 million', { text: '£250 million', value: 2.5e8, unit: 'GBP' }],
    ['priced at USD 40', { text: 'USD 40', value: 40, unit: 'USD' }],
    ['worth 300 million euros', { text: '300 million euros', value: 3e8, unit: 'EUR' }],
    ['The trail is 12 km long.', { text: '12 km', unit: 'km', kind: 'measure' }],
    ['We walked 7 miles.', { text: '7 miles', unit: 'mi' }],
    ['a 40-tonne truck', { text: '40-tonne', unit: 't' }],
    ['winds of 90 mph', { text: '90 mph', unit: 'mph' }],
    ['It was 31°C in the shade.', { text: '31°C', unit: '°C' }],
    ['a plot of 20 hectares', { text: '20 hectares', unit: 'ha' }],
    ['a three-foot wall', { text: 'three-foot', value: 3, unit: 'ft' }],
    ['the 14-year-old pupil', { text: '14-year-old', value: 14, unit: 'year' }],
    ['She is 52 years old.', { text: '52 years old', value: 52, unit: 'year' }],
    ['He lost 20 pounds.', { text: '20 pounds', unit: 'lb', kind: 'measure' }],
    ['a deal worth 40 million pounds', { text: '40 million pounds', unit: 'GBP', kind: 'money' }],
  ])('%s', (text, want) => expectOne(text, want));
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, string]>([
    ['Rosa Ile died on Monday. She was 88.', '88', 'measure'],
    ['He turns 40, his sister said.', '40', 'measure'],
    ['Turnout was 67.', '67', 'count'],
  ])('an age after he/she was: %s', (text, span, kind) => expectOne(text, { text: span, kind }));
});

describe('findFigures: news conventions', () => {
  it.each<[string, Want]>([
    ['Prices rose 5-6% last year.', { text: '5-6%', low: 5, high: 6, kind: 'percent', qualifier: 'up' }],
    ['About 1.5m people live there.', { text: 'About 1.5m', value: 1.5e6, kind: 'count', subject: 'people' }],
    ['They ran on a 400m track.', { text: '400m', value: 400, unit: 'm' }],
    ['Growth hit 5pc.', { text: '5pc', kind: 'percent' }],
    ['Ana Ruiz, 45, said it rained.', { text: '45', kind: 'measure', unit: 'year' }],
    ['It reached 41.5C on Monday.', { text: '41.5C', unit: '°C' }],
    ['The index gained 12.5 points.', { text: '12.5 points', unit: 'pt', qualifier: 'up' }],
    ['Talks drew 3,000 delegates four years ago.', { text: '3,000', subject: 'delegates' }],
    ['Unemployment stood at 4.1 percent.', { text: '4.1 percent', subject: 'Unemployment' }],
    ['The jobless rate of 5% is high.', { text: '5%', subject: 'jobless rate' }],
    ['He said it was 5%.', { text: '5%', subject: null }],
    ['She won 5% of the popular vote.', { text: '5%', subject: 'popular vote' }],
  ])('%s', (text, want) => expectOne(text, want));

  it.each<[string, string[]]>([
    ['CHF 5 million and 5 million Swiss francs', ['CHF 5 million', '5 million Swiss francs']],
    ['SEK 10bn and 20 dollars', ['SEK 10bn', '20 dollars']],
    ['two million and two million', ['two million', 'two million']],
    ['one thousand and one nights', ['one thousand and one']],
  ])('splits or joins "and": %s', (text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it('does not read "rose 5% to 7%" as a range', () => {
    expect(figures('Sales rose 5% to 7% of revenue.').map((f) => f.text)).toEqual(['5%', '7%']);
  });
});
