// cues/acts-wire-idioms.ts wireIdiomAct, called directly on the speech word and the 80 characters after it: set phrases
// of wire copy (calling the shots, calling on someone with no plea, reporting results, a prospect that threatens or
// promises) report nobody's words; the same verbs with a plea, a clause or a named subject are left alone.
import { describe, expect, it } from 'vitest';
import { wireIdiomAct } from '../../../src/analysis/cues/acts-wire-idioms.js';
import { findSpeechWords } from '../../../src/analysis/quote-marks/speech-words.js';

// whether the speech word `word` (its first occurrence) is a set phrase of wire copy
const idiom = (text: string, word: string): boolean => {
  const w = findSpeechWords(text).find((x) => x.word === word);
  if (w === undefined) throw new Error(`no speech word "${word}" in: ${text}`);
  return wireIdiomAct(text, w, text.slice(w.end, w.end + 80));
};

describe('cues/acts-wire-idioms: set phrases of wire copy that report nobody\'s words', () => {
  it.each([
    ['The new coach calls the shots in the dressing room.', 'calls'],
    ['The veteran keeper called it a day after the final.', 'called'],
    ['The two sides agreed to call it quits.', 'call'],
    ['The minister called on flood victims in Tarn on Tuesday.', 'called'],
    ['The bakery reported its quarterly results on Thursday.', 'reported'],
    ['The dispute threatens to derail the harbour talks.', 'threatens'],
    ['The weekend promises to be dry and mild.', 'promises'],
  ])('%s', (text, word) => {
    expect(idiom(text, word)).toBe(true);
  });

  it.each([
    // a day named: no idiom of stopping
    ['Fans called it a day of shame for the club.', 'called'],
    // a plea: "to" and a verb, or "for"
    ['The minister called on residents to stay indoors.', 'called'],
    ['The union called on the board for a recount.', 'called'],
    // a clause after the filing: what the results were
    ['The bakery reported its earnings rose 4 percent.', 'reported'],
    // a name before the form: a body that threatens
    ['Harbor Ferries threatens to sue the council.', 'threatens'],
    // a subject that is no event, season or thing built: someone's threat
    ['The mayor threatens to sue the council.', 'threatens'],
    // a lemma with no set phrase here
    ['The coach said the shots were poor.', 'said'],
  ])('leaves alone: %s', (text, word) => {
    expect(idiom(text, word)).toBe(false);
  });
});
