import { describe, expect, it } from 'vitest';
import { EVIDENCE_NOUN_WORDS, alternation } from '../../src/lexicon/evidence-nouns.js';
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

describe('alternation', () => {
  it.each([
    [['report', 'reports'], 'reports|report'],
    [['data', 'estimate', 'estimates', 'data'], 'estimates|estimate|data'],
    [['poll', 'tally'], 'tally|poll'],
  ])('%j -> %s (longest first, each word once)', (words, expected) => {
    expect(alternation(words)).toBe(expected);
  });

  // what longest-first is for: with no boundary after the alternation, the longer word still wins
  it.each([
    ['the reports show', 'reports'],
    ['the report shows', 'report'],
    ['new estimates', 'estimates'],
  ])('%s: an unanchored match takes %s', (text, expected) => {
    const re = new RegExp(alternation(['report', 'reports', 'estimate', 'estimates']));
    expect(re.exec(text)?.[0]).toBe(expected);
  });
});
