// Letters read by character code (src/analysis/segment/letters.ts), as /\p{L}/u reads them.
import { describe, expect, it } from 'vitest';
import { letterAt, letterEndingAt } from '../../src/analysis/segment/letters.js';

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
