// A past participle joined by "and" to a present perfect inside the clause a present speech verb reports: "Harlow
// Transit says it has hired 90 drivers and offered bonuses", "The league says it has fined the club and warned its
// owner". The "has" governs both participles, so the second is part of what is said, the reported clause's verb, no
// report of its own (as a cue it cut the content at "and" and made the offer the speaker's second statement). A past
// speech verb before it ("said it has hired ... and offered") leaves the reading open, so only the present counts there:
// a past joined to a present report ("says ... and offered") cannot be the speaker's second verb.
import type { SpeechWord } from '../quote-marks/speech-words.js';

// the present perfect after the speech verb, its participle and object, then "and" (perhaps an adverb) right before the
// form: one clause, no stop, no quote, no colon, and no second subject after "and" (the form follows it directly)
const PERFECT_THEN_AND = /^[ \t](?:that\s+)?[^.;:!?“”"()\n]{1,60}?\s(?:has|have|had|['’]ve)\s+(?:(?:also|already|now|since|recently|just|quietly|twice)\s+)?\p{Ll}{2,}(?:ed|en|wn|ne|ght|t|id|ld|nd|ung|un|ut)\s[^.;:!?“”"()\n]{1,80}?\s(?:and|but)\s+(?:(?:also|then|later|since)\s+)?$/u;
// a clause word between the perfect and the form opens a clause of its own ("says it has hired staff who say and ...")
const CLAUSE_WORD = /\b(?:who|which|whose|whom|because|while|when|where|if)\b/i;

// the words before a bare form that make it no present: "to", "did"
const BARE_NOT_PRESENT = /^(?:to|did|didn['’]t)$/i;

/** Whether the past form `w` is a second participle of a present perfect reported by the present speech verb `prev`. */
export function perfectCoordinated(text: string, w: SpeechWord, prev: SpeechWord | undefined): boolean {
  if (prev === undefined || !/ed$/i.test(w.word) || !/^(?:and|but|also|then|later|since)$/i.test(w.before)) return false;
  // the report before it is in the present: "says", "claims", or a bare "say" after its subject (not after "did", a past,
  // nor after "to", whose chain may be past: "went on to say")
  const present = /^\p{Ll}+s$/u.test(prev.word) && prev.word !== prev.form.lemma;
  const bare = prev.word === prev.form.lemma && /^\p{Ll}+$/u.test(prev.word) && !BARE_NOT_PRESENT.test(prev.before);
  if (!present && !bare) return false;
  const between = text.slice(prev.end, w.start);
  return PERFECT_THEN_AND.test(between) && !CLAUSE_WORD.test(between);
}
