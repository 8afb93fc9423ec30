// Dates, clock times, decades and spans of years (src/analysis/figures/dates.ts), found before any number is read so
// they never become quantities. Texts are invented.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/analysis/figures/dates.js';
import { expectOne } from './figures-of.js';

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

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, string]>([
    ['It began on March 3, 2021, in the city.', 'March 3, 2021', 'date'],
    ['Talks resume 14 June.', '14 June', 'date'],
    ['The law passed in 1998.', '1998', 'year'],
    ['prices in the 1970s', '1970s', 'year'],
    ['the 2019-20 season', '2019-20', 'year'],
    ['the meeting at 6:30 p.m. ended', '6:30 p.m.', 'date'],
    ['Doors shut at 6 p.m. on Fridays.', '6 p.m.', 'date'],
    ['Doors shut at 6pm. Staff left.', '6pm', 'date'],
    ['The shift ran until 4am.', '4am', 'date'],
    ['It opens at 9:15am.', '9:15am', 'date'],
    ['filed on 2023-04-05', '2023-04-05', 'date'],
    ['the 3rd round', '3rd', 'ordinal'],
    ['the fifth day', 'fifth', 'ordinal'],
    ['the twenty-first stage', 'twenty-first', 'ordinal'],
    ['under Section 427 of the code', '427', 'other'],
    ['a fleet of Boeing 737 jets', '737', 'other'],
    ['an F-16 flew over', '16', 'other'],
    ['the G7 summit', '7', 'other'],
    ['call 555-867-5309 now', '555', 'other'],
    ['The clinic is open 24/7 now.', '24/7', 'other'],
    ['a 60/40 split of the profits', '60/40', 'other'],
    ['won 3/4 of the seats', '3/4', 'count'],
    // every shape found in any case and spacing its patterns allow (each is tried only where its hint is)
    ['doors open at 7 P.M. sharp', '7 P.M.', 'date'],
    ['the bell rang at 9AM', '9AM', 'date'],
    ['the bus left at 8.15 am', '8.15 am', 'date'],
    ['hits of the ’80s', '’80s', 'year'],
    ['the war of 1939–45', '1939–45', 'year'],
    ['signed 4.7.2019 in Bern', '4.7.2019', 'date'],
    ['due sept 9', 'sept 9', 'date'],
  ])('%s -> %s is %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it('counts a four-digit number before a plural noun', () => {
    expectOne('The firm hired 1500 engineers in 2010.', { text: '1500', kind: 'count', subject: 'engineers' });
    expectOne('The firm hired 1500 engineers in 2010.', { text: '2010', kind: 'year' });
  });

  it.each<[string, string]>([
    ['He lost the 1988 primaries badly.', '1988'],
    ['Her 2014 returns were audited.', '2014'],
  ])('a determiner before a number in the years range makes it a year: %s', (text, span) => expectOne(text, { text: span, kind: 'year' }));

  it.each<[string, string, string]>([
    // a round hundred before people, or a capitalised sentence opener before a number, is a headcount
    ['The 2000 workers at the plant went on strike.', '2000', 'count'],
    ['Its 1900 staff were told on Monday.', '1900', 'count'],
    ['About 2000 people attended the rally.', 'About 2000', 'count'],
    ['Nearly 1900 children were fed.', 'Nearly 1900', 'count'],
    // a year before people that is no round hundred, and a year after a name, stay years
    ['The 2016 candidates met in Ohio.', '2016', 'year'],
    ['The 1990 women\'s final was close.', '1990', 'year'],
    ['In 2000 the plant closed.', '2000', 'year'],
    ['Tarnby 2030 sets out goals.', '2030', 'year'],
    // a stock index's name and number is an identifier
    ['Shares in the Russell 2000 index fell 3%.', '2000', 'other'],
    ['The Vantor 1900 average rose.', '1900', 'other'],
  ])('years against headcounts and index names: %s', (text, span, kind) => expectOne(text, { text: span, kind }));

  it.each<[string, string]>([
    ['The poll ran Nov. 3-7 among voters.', 'Nov. 3-7'],
    ['Talks run July 10–12, 2027.', 'July 10–12, 2027'],
  ])('a span of days is one date: %s', (text, span) => expectOne(text, { text: span, kind: 'date' }));
});
