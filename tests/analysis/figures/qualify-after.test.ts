// figures/qualify-after.ts qualifierAfter, called directly: the bound in the words right after a figure ("200 or more",
// "50-odd", "5,000-plus") and where the figure's text then ends; arithmetic and a bound of the next number are left alone.
import { describe, expect, it } from 'vitest';
import { isBlank, qualifierAfter } from '../../../src/analysis/figures/qualify-after.js';

// the qualifier after the figure `figure` (its first occurrence) and the figure's text with it, or null
const after = (text: string, figure: string): [string, string] | null => {
  const start = text.indexOf(figure);
  const q = qualifierAfter(text, start + figure.length);
  return q === null ? null : [q.qualifier, text.slice(start, q.end)];
};

describe('figures/qualify-after: a bound right after a figure', () => {
  it.each([
    ['The hall seats 200 or more guests.', '200', ['at-least', '200 or more']],
    ['About 50-odd boats took part.', '50', ['about', '50-odd']],
    ['A crowd of 5,000-plus came.', '5,000', ['at-least', '5,000-plus']],
    ['Children aged 12 and under go free.', '12', ['at-most', '12 and under']],
    ['The tour lasts 3 hours or so in all.', '3 hours', ['about', '3 hours or so']],
    ['Rooms for 4+ guests.', '4', ['at-least', '4+']],
  ])('%s', (text, figure, expected) => {
    expect(after(text, figure)).toEqual(expected);
  });

  it.each([
    // arithmetic, not a bound
    ['The score was 50 plus 3 bonus points.', '50'],
    ['Add 5 + 2 to it.', '5'],
    // a bound of the next number
    ['Crowds of 5,000 or less than 6,000 were expected.', '5,000'],
    // no qualifier word; a digit after the blank
    ['The hall seats 200 guests.', '200'],
    ['Gates 4 5 and 6 were shut.', '4'],
  ])('leaves alone: %s', (text, figure) => {
    expect(after(text, figure)).toBeNull();
  });

  it.each([[' ', true], ['\t', true], ['-', false], [undefined, false]])('isBlank(%j) is %s', (ch, expected) => {
    expect(isBlank(ch)).toBe(expected);
  });
});
