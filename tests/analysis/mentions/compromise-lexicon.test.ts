// The snapshot of compromise's lexicon (data/compromise-lexicon.json, read by
// src/analysis/mentions/compromise-lexicon.ts) must be exactly what the installed compromise builds: the
// mention rules read words' tags from it in place of compromise's own model. After a compromise upgrade
// this fails until `node scripts/compromise-lexicon.mjs` writes the snapshot again.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { compromiseLexicon } from '../../../src/analysis/mentions/compromise-lexicon.js';
import { tagsOf } from '../../../src/analysis/mentions/word-flags.js';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, boolean> };
}
const live = nlp.model() as unknown as Model;

describe('compromise lexicon snapshot', () => {
  it('holds the lexicon the installed compromise builds, entry for entry and in its order', () => {
    expect(Object.keys(compromiseLexicon.lexicon)).toEqual(Object.keys(live.one.lexicon));
    expect(compromiseLexicon.lexicon).toEqual(live.one.lexicon);
  });

  it('holds its organisation words', () => {
    expect(compromiseLexicon.orgWords).toEqual(live.two.orgWords ?? {});
  });

  // words of each kind the rules ask about: a name, a place, a verb form compromise derives by conjugating
  it.each([
    ['mary', 'FemaleName'],
    ['france', 'Country'],
    ['announced', 'PastTense'],
  ])('tags %s as compromise does (%s)', (word, tag) => {
    expect(tagsOf(word)).toContain(tag);
    expect(tagsOf(word)).toEqual(tagsOf(word.toUpperCase()));
  });

  // words compromise does not know stay unknown, and an object's own keys are no lexicon entries
  it.each(['brackmoorish', 'constructor', '__proto__', 'toString'])('knows no %s', (word) => {
    expect(tagsOf(word)).toEqual([]);
  });
});
