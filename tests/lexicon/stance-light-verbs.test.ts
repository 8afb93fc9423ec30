import { describe, expect, it } from 'vitest';
import { LIGHT_VERB_NOUNS, PUSHED_THINGS, STANCE_LIGHT_VERBS, VERBAL_ATTACK_MODIFIERS } from '../../src/lexicon/stance-light-verbs.js';
import { STANCE_NOUNS } from '../../src/lexicon/stance-nouns.js';

describe('stance light-verb lexicon', () => {
  it.each([
    ['STANCE_LIGHT_VERBS', STANCE_LIGHT_VERBS],
    ['VERBAL_ATTACK_MODIFIERS', VERBAL_ATTACK_MODIFIERS],
    ['PUSHED_THINGS', PUSHED_THINGS],
    ['LIGHT_VERB_NOUNS', Object.keys(LIGHT_VERB_NOUNS)],
  ])('%s has no word twice and only lower-case words', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // a light verb's own nouns take only the prepositions listed ("gave its blessing to"), so none is also a stance noun
  // of every preposition
  it('keeps the light-verb nouns apart from the stance nouns', () => {
    const stance = new Set(STANCE_NOUNS);
    expect(Object.keys(LIGHT_VERB_NOUNS).filter((w) => stance.has(w))).toEqual([]);
  });
});
