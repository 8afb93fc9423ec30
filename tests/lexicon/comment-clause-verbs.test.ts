// The verbs of an "as" comment clause (lexicon/comment-clause-verbs.ts): each a lemma the speech-verb lexicon knows
// (else no cue would carry it), and none of the verbs of an act of talking, whose "as" clause tells when.
import { describe, expect, it } from 'vitest';
import { COMMENT_CLAUSE_LEMMAS } from '../../src/lexicon/comment-clause-verbs.js';
import { SPEECH_FORMS } from '../../src/lexicon/speech-verbs.js';

const LEMMAS = new Set([...SPEECH_FORMS.values()].map((f) => f.lemma));

describe('lexicon: comment-clause verbs', () => {
  it.each([...COMMENT_CLAUSE_LEMMAS])('%s is a speech-verb lemma', (lemma) => {
    expect(LEMMAS.has(lemma)).toBe(true);
  });

  it.each(['speak', 'talk', 'testify', 'ask', 'answer', 'shout', 'tell'])('leaves out %s', (lemma) => {
    expect(LEMMAS.has(lemma)).toBe(true);
    expect(COMMENT_CLAUSE_LEMMAS.has(lemma)).toBe(false);
  });
});
