import { describe, expect, it } from 'vitest';
import { TEXT_PARTICIPLES, TEXT_SOURCE_HEADS } from '../../src/lexicon/text-sources.js';

describe('text-source lexicon', () => {
  it.each([
    ['TEXT_SOURCE_HEADS', TEXT_SOURCE_HEADS],
    ['TEXT_PARTICIPLES', TEXT_PARTICIPLES],
  ])('%s has no word twice and only lower-case words', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // a head is singular: the verb in -s after its phrase agrees with it
  it('lists singular heads only', () => {
    expect(TEXT_SOURCE_HEADS.filter((w) => /[^isu]s$/.test(w))).toEqual([]);
  });

  // a participle of the text's making or spreading, never one that is as often a clause's own verb with no object
  it('leaves out participles that take no object', () => {
    for (const w of ['acted', 'spoke', 'relied', 'insisted', 'commented']) expect(TEXT_PARTICIPLES).not.toContain(w);
  });
});
