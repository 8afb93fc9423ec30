// Ranges whose two ends each carry the rate (src/analysis/figures/rate-ranges.ts): one range of rates. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), low: c.low, high: c.high, unit: c.unit }));

describe('rate ranges: catches', () => {
  it.each<[string, { text: string; low: number; high: number; unit: string }]>([
    ['Seats cost from $25 a seat to $40 a seat.', { text: 'from $25 a seat to $40 a seat', low: 25, high: 40, unit: 'USD/seat' }],
    ['Brent moved between $81 a barrel and $86 a barrel.', { text: 'between $81 a barrel and $86 a barrel', low: 81, high: 86, unit: 'USD/bbl' }],
    ['Cleaners earn from £11 an hour to £13 an hour.', { text: 'from £11 an hour to £13 an hour', low: 11, high: 13, unit: 'GBP/hour' }],
    ['The ward sees between 20 patients a day and 35 patients a day.', { text: 'between 20 patients a day and 35 patients a day', low: 20, high: 35, unit: '/day' }],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual(want);
  });
});

describe('rate ranges: leaves alone', () => {
  it.each<[string, string[]]>([
    // a movement from one rate to another: a change and the level it reached
    ['Coffee rose from $3 a pound to $4 a pound.', ['$3 a pound', '$4 a pound']],
    ['Admissions climbed from 40 a day to 65 a day.', ['40 a day', '65 a day']],
    // two rates in different units
    ['It sells from $8 a ticket to $50 a month.', ['$8 a ticket', '$50 a month']],
    // "and" without "between": two figures
    ['Tickets were $8 a seat and $12 a seat.', ['$8 a seat', '$12 a seat']],
  ])('%s', (text, want) => {
    expect(found(text).map((f) => f.text)).toEqual(want);
  });
});
