// The shape of one speech-verb entry (src/lexicon/speech-verb-entry.ts): `g` gives a list of plain lemmas one class,
// with no forms, skips or frames of their own.
import { describe, expect, it } from 'vitest';
import { g, type VerbGroup } from '../../src/lexicon/speech-verb-entry.js';

describe('g: lemmas of one class', () => {
  it.each<[VerbGroup, string[]]>([
    ['speech', ['murmur', 'holler']],
    ['belief', ['reckon']],
    ['intent', []],
  ])('%s %j', (group, lemmas) => {
    const entries = g(group, lemmas);
    expect(entries).toEqual(lemmas.map((lemma) => ({ lemma, group })));
    // a plain lemma carries none of the optional fields
    for (const e of entries) expect(Object.keys(e).sort()).toEqual(['group', 'lemma']);
  });
});
