import { describe, expect, it } from 'vitest';
import { LOOSE_HEADS, ORGANIZATION_HEADS, OUTLET_WORDS, OWNED_HEADS } from '../../src/lexicon/organisation-heads.js';

describe('organisation heads lexicon', () => {
  it.each([
    ['ORGANIZATION_HEADS keys', [...ORGANIZATION_HEADS.keys()]],
    ['LOOSE_HEADS', [...LOOSE_HEADS]],
    ['OUTLET_WORDS', [...OUTLET_WORDS]],
    ['OWNED_HEADS', [...OWNED_HEADS]],
  ])('%s holds only lower-case words', (_name, words) => {
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // a loose head ("the company" for "Acme") is looked up in ORGANIZATION_HEADS like any other head
  it('has an entry for every loose head', () => {
    expect([...LOOSE_HEADS].filter((w) => !ORGANIZATION_HEADS.has(w))).toEqual([]);
  });

  // the name words a head fits are compared with the lower-cased words of a name
  it('lists the name words each head fits in lower case', () => {
    for (const [head, fits] of ORGANIZATION_HEADS) for (const w of fits) expect(`${head}:${w}`).toBe(`${head}:${w.toLowerCase()}`);
  });
});
