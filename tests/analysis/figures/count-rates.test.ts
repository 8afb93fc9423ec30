// Counts stated as rates (src/analysis/figures/count-rates.ts): a count per a time, an item or a round base takes
// the base into its unit. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, unit: c.unit, subject: c.subject }));

describe('count rates: catches', () => {
  it.each<[string, { text: string; value: number; unit: string; subject: string | null }]>([
    ['Nine people a day visit the shelter.', { text: 'Nine people a day', value: 9, unit: '/day', subject: 'people' }],
    ['The ferry now carries 1,400 passengers per day.', { text: '1,400 passengers per day', value: 1400, unit: '/day', subject: 'passengers' }],
    // "to" a place after the base keeps the rate
    ['The ferry brings 900 tourists a day to the island.', { text: '900 tourists a day', value: 900, unit: '/day', subject: 'tourists' }],
    // or a place named without an article: a journey, still a rate
    ['A minibus takes 30 pensioners a week to church.', { text: '30 pensioners a week', value: 30, unit: '/week', subject: 'pensioners' }],
    ['The shuttle runs 250 nurses a day to hospital.', { text: '250 nurses a day', value: 250, unit: '/day', subject: 'nurses' }],
    ['The bakery turns out 600 loaves a week.', { text: '600 loaves a week', value: 600, unit: '/week', subject: 'loaves' }],
    ['Guests were allowed two drinks per person.', { text: 'two drinks per person', value: 2, unit: '/person', subject: 'drinks' }],
    ['The clinic logged 8 infections per 1,000 patients.', { text: '8 infections per 1,000', value: 8, unit: '/1000', subject: 'infections' }],
    ['The region has 31 pharmacists per 100,000 residents.', { text: '31 pharmacists per 100,000', value: 31, unit: '/100000', subject: 'pharmacists' }],
    ['Cases reached 6 per 10,000 adults in March.', { text: '6 per 10,000', value: 6, unit: '/10000', subject: 'Cases' }],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual(want);
  });

  it('a count per a round base is one figure, not two', () => {
    expect(found('Hospitals kept 2.5 beds per 1,000 people.').map((f) => f.text)).toEqual(['2.5 beds per 1,000']);
  });
});

describe('count rates: leaves alone', () => {
  it.each<[string, { text: string; unit: string | null }[]]>([
    // a time phrase after the count, not a rate
    ['Four climbers a day later reached the hut.', [{ text: 'Four', unit: null }]],
    ['The firm hired 40 drivers a month before the strike.', [{ text: '40', unit: null }]],
    ['Two people a year ago fell from the pier.', [{ text: 'Two', unit: null }]],
    // a span of time given to those counted, not a rate
    ['The mill gave 200 workers a day off after the flood.', [{ text: '200', unit: null }]],
    ['The firm paid 40 staff a week\'s wages as a bonus.', [{ text: '40', unit: null }]],
    ['The court gave 3 defendants a week to appeal.', [{ text: '3', unit: null }]],
    ['The board gave 20 staff a month to work out a plan.', [{ text: '20', unit: null }]],
    ['The academy offers 25 cadets a year of training.', [{ text: '25', unit: null }]],
    ['The council sent 12 wardens a day-long course.', [{ text: '12', unit: null }]],
    // "a" before a word that is no base
    ['She gave 12 pupils a prize.', [{ text: '12', unit: null }]],
    // an item after "a" is no base ("per" only)
    ['The coach gave 3 players a seat.', [{ text: '3', unit: null }]],
    // a base that is not round, or other words between the count and "per"
    ['The trust shared 40 grants per 75 applicants.', [{ text: '40', unit: null }, { text: '75', unit: null }]],
    ['Nurses saw 9 on Monday per 100 visits.', [{ text: '9', unit: null }, { text: '100', unit: null }]],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => ({ text: x.text, unit: x.unit }))).toEqual(want);
  });
});
