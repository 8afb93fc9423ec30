// Dates, clock times, decades and spans of years (src/analysis/figures/dates.ts), found before any number is read so
// they never become quantities. Texts are invented.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/figures/dates.js';

const dates = (text: string) => findDates(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind, rule: c.rule, value: c.value }));

describe('dates: each shape', () => {
  it.each<[string, { text: string; kind: string; rule: string; value: number | null }]>([
    ['Talks run Oct. 2-6 in Lund.', { text: 'Oct. 2-6', kind: 'date', rule: 'date-month-day', value: null }],
    ['The fair opens June 10, 2027.', { text: 'June 10, 2027', kind: 'date', rule: 'date-month-day', value: null }],
    ['It opened on 14 of March 2019.', { text: '14 of March 2019', kind: 'date', rule: 'date-day-month', value: null }],
    ['Sales rose in May 2020.', { text: 'May 2020', kind: 'date', rule: 'date-month-year', value: null }],
    ['Notes dated 2024-05-17 arrived.', { text: '2024-05-17', kind: 'date', rule: 'date-numeric', value: null }],
    ['On 3/4/2021 it rained.', { text: '3/4/2021', kind: 'date', rule: 'date-numeric', value: null }],
    ['Polls shut at 6:30 p.m. sharp.', { text: '6:30 p.m.', kind: 'date', rule: 'time', value: null }],
    ['Doors open at 8pm.', { text: '8pm', kind: 'date', rule: 'time', value: null }],
    // a time with a dot and no "am"/"pm", after a verb of setting out, arriving or starting and "at"
    ['The ferry left at 6.40 in thick fog.', { text: '6.40', kind: 'date', rule: 'time', value: null }],
    ['The final kicks off at 7.45 tonight.', { text: '7.45', kind: 'date', rule: 'time', value: null }],
    ['Music of the 1990s returned.', { text: '1990s', kind: 'year', rule: 'decade', value: 1990 }],
    ['The 2012-13 season ended.', { text: '2012-13', kind: 'year', rule: 'year-span', value: 2012 }],
  ])('%s', (text, want) => expect(dates(text)).toEqual([want]));
});

describe('dates: what is no date', () => {
  it.each<[string]>([
    // an age band, not a decade
    ['Seats for the over-50s are free.'],
    // a second year before the first is no span
    ['The 2013-12 pair split.'],
    // a month verb in lower case
    ['They may 5 times ask.'],
    // after "closed at" or with a unit, a dotted number is a price, an index or a rate
    ['The lira closed at 6.40 against the dollar.'],
    ['The bank left rates at 5.25% again.'],
    // a plain count
    ['We counted 1200 geese.'],
  ])('%s', (text) => expect(dates(text)).toEqual([]));
});
