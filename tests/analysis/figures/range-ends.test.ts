// figures/range-ends.ts: which scale the first number of a range takes, and which end is low.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { expectOne } from './figures-of.js';

type Seen = { text: string; value: number | null; low?: number; high?: number; unit: string | null };

function figures(text: string): Seen[] {
  return extractFigures(text).map((f) => ({
    text: text.slice(f.start, f.end), value: f.value, unit: f.unit,
    ...(f.low === undefined ? {} : { low: f.low, high: f.high }),
  }));
}

describe('range ends: a reversed pair in one scale', () => {
  it.each<[string, string, number, number, string | null]>([
    // "between" names the same stretch whatever the order; the scale word covers both ends
    ['Between 5 and 3 million households lack broadband.', 'Between 5 and 3 million', 3e6, 5e6, null],
    ['The dam will cost between $9 and $6 billion.', 'between $9 and $6 billion', 6e9, 9e9, 'USD'],
    ['Growers expect between 12 and 8 million tonnes of barley.', 'between 12 and 8 million tonnes', 8e6, 12e6, 't'],
    ['Ferry fares may rise between 7 and 4 per cent.', 'between 7 and 4 per cent', 4, 7, '%'],
    ['Storm surges of between 6 and 2 metres are forecast.', 'between 6 and 2 metres', 2, 6, 'm'],
    ['Between 90 and 60 volunteers turned up each night.', 'Between 90 and 60', 60, 90, null],
  ])('%s', (text, span, low, high, unit) => {
    expect(figures(text)).toContainEqual({ text: span, value: null, low, high, unit });
  });

  it.each<[string, string, number]>([
    // "from A to B" and "A-B" written high to low: the first number alone, in the second's scale
    ['Subscriptions went from 8 to 5 million in a year.', '8', 8e6],
    ['Visitor numbers slid from 4 to 2.5 million.', '4', 4e6],
    ['an estimated 6-4 million voters', '6', 6e6],
  ])('no range, the first in the same scale: %s', (text, span, value) => {
    const found = figures(text);
    expect(found).toContainEqual({ text: span, value, unit: null });
    expect(found.some((f) => f.low !== undefined)).toBe(false);
  });
});

describe('range ends: left alone', () => {
  it.each<[string, string, number, number]>([
    // in order: the scale covers both ends, as before
    ['Between 3 and 4 million households lack broadband.', 'Between 3 and 4 million', 3e6, 4e6],
    ['from 1.5 to 2 billion euros', 'from 1.5 to 2 billion euros', 1.5e9, 2e9],
    ['a bill of $2-3 million', '$2-3 million', 2e6, 3e6],
    // the first number is far from the second's own figure: it keeps its own value
    ['between 500 and 3 million downloads', 'between 500 and 3 million', 500, 3e6],
    ['from 40 to 2 million subscribers', 'from 40 to 2 million', 40, 2e6],
    // no scale word: an ordinary range
    ['between 5 and 3,000 tickets', 'between 5 and 3,000', 5, 3000],
    ['Between 30 and 45 pupils a class.', 'Between 30 and 45', 30, 45],
  ])('%s', (text, span, low, high) => {
    expect(figures(text).find((f) => f.text === span)).toMatchObject({ value: null, low, high });
  });

  it.each<[string, string[]]>([
    // a score or a tally written high to low stays one figure of its own
    ['The council voted 7-2 against the mast.', ['7-2']],
    // a change after a verb of movement is two figures, not a range
    ['Inflation fell from 5 to 3 per cent.', ['5', '3 per cent']],
    // "and" without "between" joins two figures, whatever their order
    ['Crews found 9 and 4 wrecks on successive dives.', ['9', '4']],
  ])('%s', (text, spans) => {
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(spans);
    expect(found.some((f) => f.low !== undefined)).toBe(false);
  });
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, string]>([
    // a tally or a score goes down; a range goes up
    ['The board voted 5-4 to sell.', '5-4', 'other'],
    ['United won 21-17 at home.', '21-17', 'other'],
    ['The court ruled by a 6-to-3 vote.', '6-to-3', 'other'],
    ['Shifts run 8-12 hours.', '8-12 hours', 'measure'],
    // projections past this century, after a year's preposition
    ['Seas may rise a metre by 2100.', '2100', 'year'],
    ['The mine shed 2150 jobs.', '2150', 'count'],
  ])('scores and late years: %s', (text, span, kind) => expectOne(text, { text: span, kind }));
});

describe('findFigures: a spaced "A to B" after a vote or a win is one tally', () => {
  const spans = (text: string) => extractFigures(text).map((c) => [text.slice(c.start, c.end), c.kind]);
  it.each<[string, string]>([
    ['The vote was 71 to 28.', '71 to 28'],
    ['The measure passed 40 to 39 on Monday.', '40 to 39'],
    ['Harlow won 4 to 2.', '4 to 2'],
  ])('%s', (text, want) => {
    expect(spans(text)).toContainEqual([want, 'other']);
  });
  it.each<[string, string]>([
    ['Staff fell from 71 to 28.', '71 to 28'],
    ['We expect 20 to 30 guests.', '20 to 30'],
    ['The board voted to keep 12 to 9 seats.', '12 to 9'],
  ])('leaves alone: %s', (text, span) => {
    expect(spans(text)).not.toContainEqual([span, 'other']);
  });
});
