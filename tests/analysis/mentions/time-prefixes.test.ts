// A capitalised prefix joined to a number ("Post-1989", "Pre-2008", "Mid-1990s") names a time, and a number written
// in words ("Sixty-one") is a number: neither is a name (mentions/name-shape.ts nameLike).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const mentions = (text: string): string[] => {
  const s: Cued = { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] };
  return findMentions(s).mentions.map((m) => m.text);
};

describe('mentions: a number or a prefix joined to one', () => {
  it.each([
    ['Post-1989 borders were redrawn, Ada Lund said.', 'Post-1989'],
    ['Pre-2008 lending was reckless, Ivo Dahl argued.', 'Pre-2008'],
    ['Sixty-one percent oppose the new fee.', 'Sixty-one'],
  ])('%s', (text, notAName) => {
    expect(mentions(text)).not.toContain(notAName);
  });

  it.each([
    // a hyphenated name with no number stays a name
    ['Ana Lund-Berg said the rules were too strict.', 'Ana Lund-Berg'],
  ])('leaves alone: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});
