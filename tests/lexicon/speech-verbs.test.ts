// The finite forms of a listed verb (lexicon/speech-verbs.ts finiteForms): the -s form and the past, regular or
// irregular, from the verb's entry; and the aside verbs of saying (lexicon/speech-verbs-saying.ts) are saying verbs.
import { describe, expect, it } from 'vitest';
import { finiteForms, isSayingLemma, SPEECH_FORMS } from '../../src/lexicon/speech-verbs.js';
import { ASIDE_SAYING_LEMMAS, RELATIVE_CARRYING_LEMMAS, SAYING_VERBS } from '../../src/lexicon/speech-verbs-saying.js';
import { PHRASAL_VERBS } from '../../src/lexicon/speech-verbs-phrasal.js';
import { STANCE_VERBS } from '../../src/lexicon/speech-verbs-stance.js';
import { MIND_VERBS } from '../../src/lexicon/speech-verbs-mind.js';

// every verb class the form table reads, as speech-verbs.ts joins them
const SPEECH_VERBS = [...SAYING_VERBS, ...PHRASAL_VERBS, ...STANCE_VERBS, ...MIND_VERBS];

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

describe('lexicon: the speech form table', () => {
  it('generates every form of a regular verb from the lexicon', () => {
    for (const form of ['warns', 'warned', 'warning']) expect(SPEECH_FORMS.get(form)?.lemma).toBe('warn');
    expect(SPEECH_FORMS.get('said')?.lemma).toBe('say');
  });

  it('marks forms that are cues only in a frame as ambiguous to readers without the frame check', () => {
    for (const form of ['saw', 'put', 'played', 'felt', 'speaking']) {
      expect(SPEECH_FORMS.get(form)?.framed).toBe(true);
      expect(SPEECH_FORMS.get(form)?.ambiguous).toBe(true);
    }
    // plain forms of the same lemmas and real speech verbs stay as they were
    expect(SPEECH_FORMS.get('spoke')?.ambiguous).toBe(false);
    expect(SPEECH_FORMS.get('feels')?.framed).toBe(false);
    expect(SPEECH_FORMS.get('apologized')?.ambiguous).toBe(false);
  });

  it('gives every verb group a reason in the lexicon', () => {
    expect(SPEECH_VERBS.length).toBeGreaterThan(50);
  });

  it('lists each lemma in one verb class only (a second listing would be silently shadowed by the first)', () => {
    const lemmas = SPEECH_VERBS.map((v) => v.lemma);
    expect(lemmas.filter((l, i) => lemmas.indexOf(l) !== i)).toEqual([]);
  });

  it.each([['lambaste', 'lambast'], ['lambasted', 'lambast'], ['suggests', 'suggest'], ['concluded', 'conclude']])(
    'reads the form %s as the lemma %s, of one class', (form, lemma) => {
      expect(SPEECH_FORMS.get(form)?.lemma).toBe(lemma);
      expect(SPEECH_FORMS.get(form)?.group).toBe('speech');
    });
});
