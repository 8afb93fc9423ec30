// "57% backed the levy, with 38% opposed.", "The vote passed, with two members abstained and one absent", "The strike
// goes on, with more walkouts planned for May.": after "with", a short noun phrase and a past form closing the phrase make an absolute construction, a state of that
// noun phrase, not a finite verb with a subject. Read as a verb, the form took the clause before it as its
// content ("..., with 38% opposed" as "38% opposed [57% backed the levy]").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// "with" and one to three words (no pronoun subject, relative or conjunction, no -ing form: "With prices rising
// officials warned" has its own clause), ending right before the form
// (with a twin for windows of Latin-1 letters, cheaper to compile: latin1-twin.ts)
const WITH_PHRASE = latin1Twin(new RegExp(
  String.raw`\bwith[ \t]+(?:(?!(?:${alternation(SUBJECT_PRONOUNS)}|who|which|that|and|or|but)\b)(?![\p{L}-]+ing\b)[\p{L}\p{N}%$.’'-]+[ \t]+){1,3}$`,
  'iu',
));
// the phrase closes right after the form: punctuation, a conjunction or the text's end ("opposed.", "opposed and 5% unsure")
const PHRASE_CLOSES = /^(?:[ \t]*(?:[.,;:)—–]|$)|[ \t]+(?:and|or|while)\b)/;

/**
 * Whether "with" and a short noun phrase end right before `at` ("..., with Norland warning it would retaliate"): an
 * -ing form there reports for that noun phrase, as a participle after a comma does (ing-clause.ts).
 */
export function withPhraseBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 48), at);
  return WITH_PHRASE.for(window).test(window);
}

// "with further talks planned for next week.", "with the fee agreed between the clubs, ...": the past form may carry a
// short time or place phrase of its own before the absolute phrase closes (the phrase's end, as PHRASE_CLOSES, or a
// subordinator: "planned for May unless ..."); a "that" clause or a quote after it is a report, so none may follow
const PHRASE_THEN_CLOSES = /^[ \t]+(?:for|on|in|at|until|between|from|over|during|next|this|last|later|earlier)\b(?:[ \t]+(?!that\b)[\p{L}\p{N}%$’'-]+){1,5}(?:[ \t]*(?:[.,;:)—–]|$)|[ \t]+(?:and|or|while|unless|if|until|after|before|when)\b)/u;
// (only participles of what is planned, agreed or promised, whose passive is the usual reading there: "with a fee
// agreed between the clubs", "with more cuts promised for May"; an expectation keeps its reading, since "X, with
// growth expected in May" is annotated as a forecast, and so does a verb of reporting)
const ARRANGED = /^(?:planned|proposed|agreed|promised|pledged|intended|envisaged|envisioned)$/i;
// (only after a comma, where the absolute phrase hangs on a whole clause: ", with more walkouts planned for May"; "met
// with Kerr on Monday" or "along with Lind argued in court" have no absolute phrase)
const AFTER_COMMA = /,[ \t]+with[ \t]+(?:\p{Ll}|\p{N}|[$£€])[^,;:]*$/u;
// a sentence's end inside the "with" phrase ("He met with staff. Police reported on ..."): the form opens a clause
const SENTENCE_INSIDE = /[.!?]["”’']?[ \t]+\p{Lu}/u;

/** Whether the past form `w` closes an absolute "with" phrase ("with 38% opposed"), so it is no verb. */
export function absoluteWith(text: string, w: SpeechWord): boolean {
  if (!/ed$/i.test(w.word) || !withPhraseBefore(text, w.start)) return false;
  if (PHRASE_CLOSES.test(text.slice(w.end, w.end + 8))) return true;
  const lead = text.slice(Math.max(0, w.start - 48), w.start);
  return ARRANGED.test(w.word) && PHRASE_THEN_CLOSES.test(text.slice(w.end, w.end + 72)) && AFTER_COMMA.test(lead) && !SENTENCE_INSIDE.test(lead);
}
