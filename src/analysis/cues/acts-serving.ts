// A service described, not a view voiced: "advise" and "support" in a relative clause that says what a body or a
// professional does, with the people served as the object ("a charity that advises people struggling with bills", "Ida
// Marr, who advises small businesses on exports", "a trust which supports families of fishermen lost at sea"). Read as
// cues, the people became the content and the clause's subject the speaker, and the body's own "said" after the
// clause lost its speaker to them. Advice with its content keeps the cue ("a helpline that advises tenants to keep
// receipts", "... that they can refuse"), and so does a stance on something other than people ("a party that supports
// the toll", "which supports workers' right to strike").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { SERVED_PEOPLE } from '../../lexicon/deed-people.js';
import { alternation } from '../alternation.js';

const SERVING_LEMMAS: ReadonlySet<string> = new Set(['advise', 'support']);

// the relative word opening the clause, then at most an adverb or a perfect's auxiliary before the form; "who" only
// after a comma ("Ida Marr, who advises small businesses": what she does), as a restrictive "who" picks people out by
// their stance ("voters who support farmers", "senators who back veterans")
const RELATIVE_BEFORE = /(?:(?:^|[\s,(—–])(?:that|which)|,\s*who)\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|still|already|long|often|mainly|\p{Ll}+ly)\s+)?$/iu;

// a gerund before the people is an act the stance is on ("supports barring migrants", "supports giving parents
// vouchers"), save the few that describe people ("struggling families", "grieving parents", "working mothers")
const ACTION = String.raw`(?!(?:struggling|grieving|working|aspiring|ageing|aging|expecting|recovering|farming|fishing)\b)\p{L}+ing\b`;
// the people served: a determiner or a count, up to two words before the noun, which is no possessor ("workers' right")
const SERVED = new RegExp(String.raw`^\s+(?:(?:the|their|its|his|her|our|local|many|some|other|more\s+than\s+\d[\d,]*|about\s+\d[\d,]*|\d[\d,]*|thousands\s+of|hundreds\s+of|dozens\s+of)\s+)?(?:(?!(?:that|how|what|why|when|whether|if|to)\b|${ACTION})[\p{L}-]+\s+){0,2}?(?:${alternation(SERVED_PEOPLE)})\b(?!['’])`, 'iu');
// what the advice says, right after the people: an infinitive, "that", "against", a question word, a colon or a quote
const ADVICE_CONTENT = /^\s*,?\s*(?:(?:\p{Ll}+ly|not)\s+)?(?:to\s+\p{Ll}|that\b|against\b|whether\b|how\b|what\b)|^\s*[:“"‘]/u;

/** Whether the form is "advise" or "support" describing whom a body serves (see the header), read on `next`. */
export function servingAct(text: string, w: SpeechWord, next: string): boolean {
  if (!SERVING_LEMMAS.has(w.form.lemma)) return false;
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.start))) return false;
  const served = SERVED.exec(next);
  return served !== null && !ADVICE_CONTENT.test(next.slice(served[0].length));
}
