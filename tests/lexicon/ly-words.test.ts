// The -ly words that are no manner adverb (lexicon/ly-words.ts): each a lower-case word in -ly, once; the two
// narrower lists are drawn from LY_ADJECTIVES, as their comments say.
import { describe, expect, it } from 'vitest';
import { LY_ADJECTIVES, LY_ALSO_ADVERBS, LY_NOT_MANNER } from '../../src/lexicon/ly-words.js';

describe('lexicon: -ly words that are no manner adverb', () => {
  it.each([...LY_ADJECTIVES])('%s ends in -ly', (w) => {
    expect(w).toMatch(/^[a-z]+ly$/);
  });

  it.each([['LY_ALSO_ADVERBS', LY_ALSO_ADVERBS], ['LY_NOT_MANNER', LY_NOT_MANNER]] as const)('%s is drawn from LY_ADJECTIVES', (_, words) => {
    expect([...words].filter((w) => !LY_ADJECTIVES.has(w))).toEqual([]);
  });

  // manner adverbs stay out: the cue keeps them ("said dryly", "publicly blame")
  it.each(['dryly', 'publicly', 'firmly', 'quietly'])('leaves out %s', (w) => {
    expect(LY_ADJECTIVES.has(w)).toBe(false);
  });
});
