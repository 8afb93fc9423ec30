// The auxiliaries (lexicon/auxiliaries.ts): lower-case whole words, each once, and the alternation the same words.
import { describe, expect, it } from 'vitest';
import { BE_FORMS, FINITE_AUXILIARIES, FINITE_AUXILIARY } from '../../src/lexicon/auxiliaries.js';

describe('lexicon: auxiliaries', () => {
  it.each([['FINITE_AUXILIARIES', FINITE_AUXILIARIES], ['BE_FORMS', BE_FORMS]])('%s: lower-case words, each once', (_, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toMatch(/^[a-z]+$/);
  });

  it('FINITE_AUXILIARY is the same words as an alternation', () => {
    expect(FINITE_AUXILIARY.split('|')).toEqual([...FINITE_AUXILIARIES]);
  });

  it.each([['is', true], ['being', true], ['am', true], ['has', false], ['get', false]])('BE_FORMS has %s: %s', (w, has) => {
    expect(BE_FORMS.includes(w)).toBe(has);
  });
});
