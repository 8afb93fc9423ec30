// The finite forms of a listed verb (lexicon/speech-verbs.ts finiteForms): the -s form and the past, regular or
// irregular, from the verb's entry; and the aside verbs of saying (lexicon/speech-verbs-saying.ts) are saying verbs.
import { describe, expect, it } from 'vitest';
import { finiteForms, isSayingLemma } from '../../src/lexicon/speech-verbs.js';
import { ASIDE_SAYING_LEMMAS, RELATIVE_CARRYING_LEMMAS } from '../../src/lexicon/speech-verbs-saying.js';

describe('lexicon: finite forms of a verb of saying', () => {
  it.each<[string, string, string]>([
    ['add', 'adds', 'added'],
    ['stress', 'stresses', 'stressed'],
    ['reply', 'replies', 'replied'],
    ['say', 'says', 'said'],
    // an irregular entry: the past, not the participle ("written", "spoken")
    ['write', 'writes', 'wrote'],
    ['speak', 'speaks', 'spoke'],
  ])('%s', (lemma, present, past) => {
    expect(finiteForms(lemma)).toEqual({ present, past });
  });

  it.each(['walk', 'table'])('leaves alone a lemma no entry lists: %s', (lemma) => {
    expect(finiteForms(lemma)).toBeUndefined();
  });

  it.each([...ASIDE_SAYING_LEMMAS])('the aside verb %s is one of saying or writing', (lemma) => {
    expect(isSayingLemma(lemma)).toBe(true);
  });

  it.each([...RELATIVE_CARRYING_LEMMAS])('the relative-carrying verb %s is one of saying or writing', (lemma) => {
    expect(isSayingLemma(lemma)).toBe(true);
  });

  it.each(['praise', 'criticize', 'hail'])('a verb whose object is a thing carries no relative report: %s', (lemma) => {
    expect(RELATIVE_CARRYING_LEMMAS.has(lemma)).toBe(false);
  });
});
