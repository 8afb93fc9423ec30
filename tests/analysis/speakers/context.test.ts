// speakers/context.ts contextOf: which sentence an offset is in (the segmenter's sentences, or, when it gave one,
// fallback ends at end punctuation before a capital or at a line break) and whether it is inside an outermost speech
// quote. Built from the segment and quote-mark stages on invented texts.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { contextOf } from '../../../src/analysis/speakers/context.js';
import type { Mentioned } from '../../../src/analysis/state.js';

const ctx = (text: string) => contextOf(findQuoteMarks(segment({ id: 't', text })) as unknown as Mentioned);

describe('speakers/context: sentenceOf and sentenceStart', () => {
  const text = 'The dam held. The river fell overnight. Boats went out at dawn.';
  const c = ctx(text);
  it.each<[string, number]>([['The dam', 0], ['held', 0], ['river', 1], ['Boats', 2], ['dawn', 2]])('"%s" is in sentence %i', (word, expected) => {
    expect(c.sentenceOf(text.indexOf(word))).toBe(expected);
  });

  it('gives where each sentence starts', () => {
    expect([0, 1, 2].map((i) => text.slice(c.sentenceStart(i), c.sentenceStart(i) + 5))).toEqual(['The d', 'The r', 'Boats']);
    expect(c.sentenceStart(9)).toBe(0);
  });
});

describe('speakers/context: inQuote', () => {
  const text = 'Ada Moor said “the dam will hold, as “experts” say,” and left. The so-called “plan” failed.';
  const c = ctx(text);
  it.each<[string, boolean]>([
    ['Ada', false],
    ['the dam', true],
    ['experts', true],
    ['and left', false],
    // a scare quote is no speech
    ['plan', false],
  ])('"%s": %s', (word, expected) => {
    expect(c.inQuote(text.indexOf(word))).toBe(expected);
  });
});
