import { describe, expect, it } from 'vitest';
import { isListedPersonOrGroup, isPersonNoun, personSingular } from '../../../src/analysis/mentions/words.js';

// the narrow person test shared by cues/subject-phrase-verb.ts and quotes/content-end-subordinate.ts: a listed role,
// its plural (lexicon/plurals.ts) or a listed group noun, in any case
describe('mentions/words: isListedPersonOrGroup', () => {
  it.each(['aide', 'Advisers', 'members', 'spokesman', 'economists', 'nurse', 'voters', 'attorneys', 'allies', 'coaches', 'spokesmen'])('takes %s', (word) => {
    expect(isListedPersonOrGroup(word)).toBe(true);
  });
  it.each(['board', 'river', 'ferries', 'the', 'cost', 'stares', 'businesses'])('leaves alone %s', (word) => {
    expect(isListedPersonOrGroup(word)).toBe(false);
  });
});

describe('mentions/words: isPersonNoun reads a trade or science by its suffix', () => {
  it.each(['seismologist', 'neurologist', 'statistician', 'pediatrician', 'demographer', 'oceanographer', 'podiatrist'])('%s', (w) => {
    expect(isPersonNoun(w)).toBe(true);
  });
  it.each(['ologist', 'geology', 'photograph', 'technical', 'magic'])('leaves alone: %s', (w) => {
    expect(isPersonNoun(w)).toBe(false);
  });
});

describe('mentions/words: personSingular, the singular of a plural person noun', () => {
  it.each([['officials', 'official'], ['pilots', 'pilot'], ['deputies', 'deputy'], ['spokesmen', 'spokesman'], ['firemen', 'fireman'],
    ['witnesses', 'witness'], ['coaches', 'coach'], ['midwives', 'midwife'], ['men', 'man']])('%s -> %s', (plural, one) => {
    expect(personSingular(plural)).toBe(one);
  });
  it.each(['official', 'ferries', 'omens', 'specimen', 'stares'])('leaves alone: %s', (w) => {
    expect(personSingular(w)).toBeUndefined();
  });
});
