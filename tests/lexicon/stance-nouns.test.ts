import { describe, expect, it } from 'vitest';
import { ACCUSATION_NOUNS, CRITICISM_QUANTITIES, DEMAND_NOUNS, RECEIVED_STANCE_NOUNS, RECEIVING_VERBS, STANCE_NOUNS, STANCE_OBJECT_PREPOSITIONS } from '../../src/lexicon/stance-nouns.js';
import { BACKING_NOUNS, BACKING_VERBS } from '../../src/lexicon/backing-nouns.js';
import { INFINITIVE_SPEECH_NOUNS, SPEECH_NOUNS } from '../../src/lexicon/speech-nouns.js';

describe('stance-noun lexicon', () => {
  it.each([
    ['STANCE_NOUNS', STANCE_NOUNS],
    ['DEMAND_NOUNS', DEMAND_NOUNS],
    ['ACCUSATION_NOUNS', ACCUSATION_NOUNS],
    ['RECEIVED_STANCE_NOUNS', RECEIVED_STANCE_NOUNS],
    ['RECEIVING_VERBS', RECEIVING_VERBS],
    ['CRITICISM_QUANTITIES', CRITICISM_QUANTITIES],
    ['STANCE_OBJECT_PREPOSITIONS', STANCE_OBJECT_PREPOSITIONS],
    ['BACKING_NOUNS', BACKING_NOUNS],
    ['BACKING_VERBS', BACKING_VERBS],
  ])('%s has no word twice and only lower-case words', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  // one reading per noun in the object finder: a noun with "for" only (demands) is not also a noun of every
  // preposition (stances), nor a noun that needs no possessor (allegations)
  it('keeps the object-taking noun lists apart', () => {
    const stance = new Set(STANCE_NOUNS);
    expect(DEMAND_NOUNS.filter((w) => stance.has(w))).toEqual([]);
    expect(ACCUSATION_NOUNS.filter((w) => stance.has(w) || DEMAND_NOUNS.includes(w))).toEqual([]);
  });

  it('reads an infinitive after nouns of wanting but not after plans or decisions', () => {
    expect(['desire', 'eagerness', 'determination'].every((w) => INFINITIVE_SPEECH_NOUNS.has(w))).toBe(true);
    expect(['plan', 'plans', 'decision', 'effort'].some((w) => INFINITIVE_SPEECH_NOUNS.has(w) || SPEECH_NOUNS.has(w))).toBe(false);
  });
});
