// Letters read by character code (src/analysis/segment/letters.ts), as /\p{L}/u reads them.
import { describe, expect, it } from 'vitest';
import { isApostropheCode, isLetterUnit, letterAt, letterEndingAt } from '../../../src/analysis/segment/letters.js';

describe('segment/letters: a letter starting or ending at an offset', () => {
  it.each<[string, string, number, number, number]>([
    // text, what, offset, letterAt, letterEndingAt
    ['ASCII letter', 'ab', 1, 1, 1],
    ['a digit and a mark are no letters', '3’', 1, 0, 0],
    ['a letter of another script', 'Ωж', 1, 1, 1],
    ['an astral letter is read whole', 'a𝐀b', 1, 2, 1],
    ['... from its end too', 'a𝐀b', 3, 1, 2],
    ['never from between its halves', 'a𝐀b', 2, 0, 0],
    ['an astral non-letter (an emoji)', 'a😀', 1, 0, 1],
    ['a lone surrogate is no letter', 'a\ud835b', 1, 0, 1],
    ['out of range', 'ab', 2, 0, 1],
  ])('%s', (_what, text, at, starting, ending) => {
    expect([letterAt(text, at), letterEndingAt(text, at)]).toEqual([starting, ending]);
  });
});

describe('segment/letters: one code unit as a letter, and an apostrophe', () => {
  it.each<[string, string, number, boolean]>([
    // what, text, offset, isLetterUnit (as /\p{L}/u.test(text[offset]))
    ['ASCII letter', 'ab', 0, true],
    ['a letter of another script', 'Ωж', 1, true],
    ['a digit', 'a3', 1, false],
    ['an astral letter: its high half alone', 'a𝐀b', 1, false],
    ['... and its low half', 'a𝐀b', 2, false],
    ['out of range', 'ab', 2, false],
  ])('%s', (_what, text, at, expected) => {
    expect(isLetterUnit(text, at)).toBe(expected);
    expect(/\p{L}/u.test(text[at] ?? '')).toBe(expected);
  });

  it.each<[string, boolean]>([["'", true], ['’', true], ['‘', false], ['`', false], ['"', false]])('%s is an apostrophe: %s', (c, expected) => {
    expect(isApostropheCode(c.charCodeAt(0))).toBe(expected);
  });
});
