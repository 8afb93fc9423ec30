// Amounts counted per a unit of time, a measure or an item (src/analysis/figures/rates.ts, src/lexicon/rate-bases.ts):
// the base goes into the unit. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, low: c.low, high: c.high, unit: c.unit }));

describe('rates: catches', () => {
  it.each<[string, string, string]>([
    ['Warehouse pickers start at $17 an hour.', '$17 an hour', 'USD/hour'],
    ['Diesel averaged $3.85 a gallon in the county.', '$3.85 a gallon', 'USD/gal'],
    ['The lender earned $2.05 per share in the quarter.', '$2.05 per share', 'USD/share'],
    ['A studio now rents for £1,400 a month.', '£1,400 a month', 'GBP/month'],
    ['The ministry spends €3 billion a year on rail.', '€3 billion a year', 'EUR/year'],
    ['Farmland fetched $6,500 an acre at auction.', '$6,500 an acre', 'USD/acre'],
    ['Crude settled at $71 a barrel.', '$71 a barrel', 'USD/bbl'],
    ['Saffron sells for $2,000 a kilo.', '$2,000 a kilo', 'USD/kg'],
    ['Households pay 14 cents per kilowatt-hour.', '14 cents per kilowatt-hour', 'cent/kWh'],
    ['Health spending reached $8,100 per capita.', '$8,100 per capita', 'USD/capita'],
    ['Junior doctors work 60 hours a week.', '60 hours a week', 'hour/week'],
    // "per second"; a length an hour is the speed's symbol
    ['The pumps move 300 litres per second.', '300 litres per second', 'L/s'],
    ['Meteors enter the air at 60 km per second.', '60 km per second', 'km/s'],
    ['The new trains run at 320km an hour.', '320km an hour', 'km/h'],
    ['Entry costs $12/person on weekends.', '$12/person', 'USD/person'],
    // a unit symbol after "per" or a slash
    ['Cocoa beans sold for $7.10 per kg in the port.', '$7.10 per kg', 'USD/kg'],
    ['Scrap steel fetched €310/t last week.', '€310/t', 'EUR/t'],
    ['The utility bills 22 cents per kWh at peak.', '22 cents per kWh', 'cent/kWh'],
    ['Heating oil costs €1.05/l in the valley.', '€1.05/l', 'EUR/L'],
    // a measure of two words, abbreviated as property prices write it
    ['Shop space leases for $38 per sq ft downtown.', '$38 per sq ft', 'USD/ft²'],
    ['Flats sold at €4,200 per sq. m last year.', '€4,200 per sq. m', 'EUR/m²'],
    ['Warehouses rent at £9/sq ft near the port.', '£9/sq ft', 'GBP/ft²'],
  ])('%s', (text, want, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.unit).toBe(unit);
  });

  it('a range of wages is one rate', () => {
    const text = 'The chain offers $14 to $16 an hour to new staff.';
    expect(found(text)).toContainEqual(expect.objectContaining({ text: '$14 to $16 an hour', low: 14, high: 16, unit: 'USD/hour' }));
  });

  it('a number compared with a rate carries the rate', () => {
    const text = 'The minimum wage rose to $13 an hour, up from 11.75.';
    expect(found(text).map((x) => x.unit)).toEqual(['USD/hour', 'USD/hour']);
  });
});

describe('rates: leaves alone', () => {
  it.each<[string, { text: string; unit: string | null }[]]>([
    // a time phrase after the amount, not a rate
    ['The stock traded at $31 a year ago.', [{ text: '$31', unit: 'USD' }]],
    ['The fund held $2 million a week before the audit.', [{ text: '$2 million', unit: 'USD' }]],
    ['He repaid $600 a month later.', [{ text: '$600', unit: 'USD' }]],
    // "a second" is as often the ordinal
    ['He paid $5 a second time.', [{ text: '$5', unit: 'USD' }, { text: 'second', unit: null }]],
    // "a" before a noun that is no base
    ['She borrowed $40 a neighbour had saved.', [{ text: '$40', unit: 'USD' }]],
    // a one-letter symbol spaced after "per", or "/m" (as often a month as a metre), is no base
    ['Fibre cable costs $4 per m in the catalogue.', [{ text: '$4', unit: 'USD' }]],
    ['The flat let for $900/m before the renovation.', [{ text: '$900', unit: 'USD' }]],
    // a symbol of no priced dimension
    ['The kit sold at $80 per GB of storage.', [{ text: '$80', unit: 'USD' }]],
    // two words after "per" that are no measure
    ['The club charged $15 per square dance.', [{ text: '$15', unit: 'USD' }]],
  ])('%s', (text, want) => {
    expect(found(text).map((x) => ({ text: x.text, unit: x.unit }))).toEqual(want);
  });
});
