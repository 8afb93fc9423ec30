// segment/blanks.ts isBlankCode: JavaScript's \s, read by character code. Checked against /\s/ over the whole Basic
// Multilingual Plane, so a code that one counts as blank and the other not fails here.
import { describe, expect, it } from 'vitest';
import { isBlankCode } from '../../../src/analysis/segment/blanks.js';

describe('segment/blanks: isBlankCode', () => {
  it.each<[string, number, boolean]>([
    ['space', 0x20, true],
    ['tab', 0x09, true],
    ['line feed', 0x0a, true],
    ['carriage return', 0x0d, true],
    ['no-break space', 0xa0, true],
    ['em space', 0x2003, true],
    ['narrow no-break space', 0x202f, true],
    ['ideographic space', 0x3000, true],
    ['byte order mark', 0xfeff, true],
    ['letter a', 0x61, false],
    ['zero-width space (not \\s)', 0x200b, false],
    ['control 0x08', 0x08, false],
    ['control 0x0e', 0x0e, false],
    ['past the end (NaN)', NaN, false],
  ])('%s', (_name, code, expected) => {
    expect(isBlankCode(code)).toBe(expected);
  });

  it('agrees with /\\s/ on every code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isBlankCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});
