// "The regional housing agency estimates 12,000 homes were built", "A state trade body claims exports fell",
// "The agency estimates 3,000 homes are empty": a noun-like form in -s of final attribution (estimates, claims, fears,
// hopes, forecasts ...) after a noun phrase that opens its clause, with a clause right after it whose subject has no
// "that" before it, is that noun phrase's verb. The verb pass reads a determiner and one noun before such a form, and
// a clause whose subject is a bare plural and whose verb is a modal or "be"/"have" (verb-reading.ts); a head with more
// words before it ("the regional housing agency"), or a clause opening with an amount or ending its subject in a past
// verb, looked like a noun compound. A compound noun there ("the new budget estimates show ...") is followed by its
// own verb, not by a subject and then a verb, and a verb of showing right after the form keeps it one.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { FINAL_FORMS } from './verb-contexts.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';

const PASTS = alternation([...IRREGULAR_PASTS]);
// words that are no part of a noun phrase's premodifiers: prepositions, conjunctions, relatives, auxiliaries
const NOT_MODIFIER = String.raw`(?:of|for|in|on|at|to|by|from|with|about|and|or|but|nor|that|which|who|whom|as|than|is|was|are|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did|not|${PASTS})`;
// a clause opening (the text's start, a sentence's end, a line break, a semicolon, a comma, or "and"/"but"/"that"), an
// article or demonstrative, up to two modifiers (no past in -ed: "The council approved housing estimates" has its verb
// there) and the lower-case head right before the form
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 12 ms to compile, the twin's 1)
const HEAD_BEFORE = latin1Twin(new RegExp(String.raw`(?:^|[.!?]["”’']?\s+|\n|[;,]\s+|\b(?:and|but|that)\s+)(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:(?!${NOT_MODIFIER}\s)(?![\p{L}-]+ed\s)[\p{L}][\p{L}&-]*(?:['’]s?)?\s+){0,2}(?!${NOT_MODIFIER}\s)(?![\p{L}-]+ed\s)\p{Ll}[\p{Ll}-]*\s+$`, 'u'));
// the clause after the form: its subject (one to five words, the first no verb of showing or finding, no past and no
// preposition: "estimates released on Monday were" are a noun's own) and then a finite verb: a modal, "be"/"have", a
// past in -ed or an irregular past ("estimates 3,000 homes are empty", "claims exports fell")
const FIRST_NOT_SUBJECT = String.raw`(?:${NOT_MODIFIER}|say|says|show|shows|showed|shown|suggest|suggests|suggested|find|finds|indicate|indicates|indicated|put|puts|range|ranges|vary|varies|\p{Ll}+ed|\p{Ll}+ing)`;
const AUXILIARY = String.raw`(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)`;
// (a subject word is no past and no auxiliary, and a verb with an auxiliary right after it closes an object relative
// instead: "the insurance claims 40 families filed were rejected", "the early hopes most fans had were dashed")
const TOKEN = String.raw`(?!(?:\p{Ll}{2,}ed|${PASTS}|${AUXILIARY})\s)[\p{L}\p{N}’'$£€%.-]+(?:,\p{N}{3})*`;
// (an amount may open the subject with its qualifier: "estimates about 40 percent of wells have")
const QUALIFIER = String.raw`(?:about|around|over|under|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+(?=[$£€]?\p{N})`;
const CLAUSE_NEXT = new RegExp(String.raw`^\s+(?:${QUALIFIER}|(?!${FIRST_NOT_SUBJECT}\b))(?:${TOKEN}\s+){1,5}?(?:${AUXILIARY}|\p{Ll}{2,}ed|${PASTS})\b(?!\s+${AUXILIARY}\b)`, 'u');

/** Whether the form `w` is the verb of a singular noun phrase before it, with a bare clause after it. */
export function singularHeadClause(text: string, w: SpeechWord): boolean {
  if (!FINAL_FORMS.test(w.form.lemma) || !/\p{Ll}s$/u.test(w.word) || /s$/.test(w.before)) return false;
  // (a window cut inside the text does not open a clause: a mark stands before it)
  const from = Math.max(0, w.start - 80);
  const before = `${from > 0 ? '#' : ''}${text.slice(from, w.start)}`;
  return HEAD_BEFORE.for(before).test(before) && CLAUSE_NEXT.test(text.slice(w.end, w.end + 60));
}
