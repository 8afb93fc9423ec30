// lexicon/verdict-nouns.ts: the writer's verdict on an act ("in a move", "in what").
import { describe, expect, it } from 'vitest';
import { VERDICT_NOUNS, VERDICT_ON_ACT } from '../../src/lexicon/verdict-nouns.js';

const VERDICT = new RegExp(`^${VERDICT_ON_ACT}`, 'u');

describe('lexicon/verdict-nouns', () => {
  it('has no word twice and only lower-case words', () => {
    expect(new Set(VERDICT_NOUNS).size).toBe(VERDICT_NOUNS.length);
    for (const w of VERDICT_NOUNS) expect(w).toBe(w.toLowerCase());
  });
  it.each<[string, boolean]>([
    ['in a move that', true],
    ['in a bold step toward', true],
    ['in what was', true],
    // a place or a time, no verdict
    ['in a hall near', false],
    ['in the morning', false],
  ])('VERDICT_ON_ACT: %s', (text, expected) => {
    expect(VERDICT.test(text)).toBe(expected);
  });
});
