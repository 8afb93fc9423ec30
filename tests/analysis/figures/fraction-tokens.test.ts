// The tokens inside a number that make or scale a fraction (src/analysis/figures/fraction-tokens.ts): "half a dozen",
// "two and a half", "three-quarters", and the ranks and periods that look like them. Texts are invented.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { expectOne } from './figures-of.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind }));

describe('fraction tokens: read into the number', () => {
  it.each<[string, { text: string; value: number; kind: string }]>([
    // "half" before a group or a scale multiplies it
    ['She bought half a dozen pears.', { text: 'half a dozen', value: 6, kind: 'count' }],
    // "and a half" after a whole number
    ['They walked two and a half miles.', { text: 'two and a half miles', value: 2.5, kind: 'measure' }],
    // a fraction word after a whole number divides it
    ['About three-quarters of anglers agreed.', { text: 'About three-quarters', value: 0.75, kind: 'count' }],
    // spaced "quarters" with "full" after it: parts of a whole
    ['The tank is three quarters full.', { text: 'three quarters', value: 0.75, kind: 'count' }],
    ['Some two thirds of members left.', { text: 'Some two thirds', value: 0.666666666666667, kind: 'count' }],
    // a rank: a tens word and a small ordinal, or a singular fraction word after more than one
    ['It was his twenty-first match.', { text: 'twenty-first', value: 21, kind: 'ordinal' }],
    ['She was the two hundredth guest.', { text: 'two hundredth', value: 200, kind: 'ordinal' }],
  ])('%s', (text, want) => expect(found(text)).toContainEqual(want));
});

describe('fraction tokens: where the number stops', () => {
  it.each<[string, string]>([
    // "quarters" spaced and with no "of" after it: periods of a year, not a share
    ['The last three quarters were weak.', 'three quarters'],
    ['Profits rose for three quarters running.', 'three quarters'],
    // "one" and a plural fraction word do not go together
    ['Add one thirds.', 'one'],
  ])('%s', (text, span) => {
    const f = found(text).find((x) => x.text === span);
    expect(f, JSON.stringify(found(text))).toBeDefined();
    expect(f!.value).not.toBeLessThan(1);
  });
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string, number, string | null]>([
    // spaced and with no "of" after, quarters are periods of a year
    ['Stocks will take at least two quarters to recover.', 'at least two quarters', 2, 'quarter'],
    ['Profit fell in the last 3 quarters.', '3 quarters', 3, 'quarter'],
    // parts of a whole
    ['Three quarters of drivers agreed.', 'Three quarters', 0.75, null],
    ['About three-quarters back the plan.', 'About three-quarters', 0.75, null],
    ['The jug is three quarters full.', 'three quarters', 0.75, null],
  ])('quarters: %s', (text, span, value, unit) => expectOne(text, { text: span, value, unit }));
});
