// Phone numbers (src/analysis/figures/phones.ts): their digit groups are no figures. Texts are invented.
import { describe, expect, it } from 'vitest';
import { phoneSpans } from '../../../src/analysis/figures/phones.js';
import { expectOne } from './figures-of.js';

const phones = (text: string): string[] => phoneSpans(text).map((s) => text.slice(s.start, s.end));

describe('phones: found', () => {
  it.each<[string, string]>([
    ['Call +44 20 7946 0958 today.', '+44 20 7946 0958'],
    ['Call (555) 010-4477 now.', '(555) 010-4477'],
    ['Call 555-010-4477.', '555-010-4477'],
    ['Dial 020 7946 0958.', '020 7946 0958'],
  ])('%s', (text, want) => expect(phones(text)).toEqual([want]));
});

describe('phones: not phones', () => {
  it.each<[string]>([
    // scores: too few digits
    ['Scores were 21-14 and 3-2.'],
    // a long number grouped by spaces: its groups are too short
    ['It cost 1 000 000 euros.'],
    // the shape of one, but fewer than nine digits
    ['Ticket 12-345-678 won.'],
  ])('%s', (text) => expect(phones(text)).toEqual([]));
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, string]>([
    ['Anyone with information should call 101.', '101', 'other'],
    ['Dial 999 at once.', '999', 'other'],
    ['Police called 30 witnesses.', '30', 'count'],
  ])('a number to call is no count: %s', (text, span, kind) => expectOne(text, { text: span, kind }));
});
