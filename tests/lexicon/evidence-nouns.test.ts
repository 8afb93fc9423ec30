import { describe, expect, it } from 'vitest';
import { EVIDENCE_NOUN_WORDS } from '../../src/lexicon/evidence-nouns.js';
import { EVIDENCE_NOUNS as CUE_EVIDENCE_NOUNS } from '../../src/lexicon/cue-contexts.js';
import { EVIDENCE_NOUNS as SOURCE_EVIDENCE_NOUNS } from '../../src/lexicon/figure-sources.js';

describe('evidence nouns: one base list', () => {
  it.each(EVIDENCE_NOUN_WORDS.map((w) => [w]))('%s is read by both the cue and the sources stage', (w) => {
    expect(CUE_EVIDENCE_NOUNS.has(w)).toBe(true);
    expect(SOURCE_EVIDENCE_NOUNS).toContain(w);
  });

  it('has no word twice', () => {
    expect(new Set(EVIDENCE_NOUN_WORDS).size).toBe(EVIDENCE_NOUN_WORDS.length);
  });
});
