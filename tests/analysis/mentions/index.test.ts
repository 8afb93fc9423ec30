// The mention stage as a whole (mentions/index.ts): offsets exact, sorted and never overlapping, on plain and
// awkward text. The rules' own rows are in the files that mirror their modules. Invented texts.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { state } from './mentions-of.js';

describe('mentions: the stage as a whole', () => {
  it('keeps offsets exact, sorted and non-overlapping', () => {
    const text = 'Foreign Minister Tomasz Wrenski met his Finnish colleague, and Canadian officials said the ministry’s spokesman agreed.';
    const m = findMentions(state(text)).mentions;
    for (const x of m) expect(text.slice(x.start, x.end)).toBe(x.text);
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });
});

describe('mentions: invariants on awkward text', () => {
  it.each([
    ['crlf', 'Sen. Mara Quill said so.\r\nShe left.\r\n'],
    ['lone surrogates', 'Ann \ud800Pell said \udc00 so. He left.'],
    ['emoji and accents', 'José 🎉 Ñúñez and the minister’s aide said so.'],
    ['all caps', 'THE MINISTER SAID NO. OFFICIALS AGREED.'],
    ['dots and initials', 'J. R. R. Tolkwell, U.S. Sen. A.B. Quill, Mr. . Dr.'],
    ['possessives only', 'Pell’s Quill’s Lind’s’s'],
    ['unbalanced quotes', '“He said ‘she said “they said'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    const m = findMentions(state(text)).mentions;
    for (const x of m) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.end).toBeGreaterThan(x.start);
    }
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });
});
