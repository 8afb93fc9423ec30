// "57% backed the levy, with 38% opposed.", "The vote passed, with two members abstained and one absent": after
// "with", a short noun phrase and a past form closing the phrase make an absolute construction, a state of that
// noun phrase, not a finite verb with a subject. Read as a verb, the form took the clause before it as its
// content ("..., with 38% opposed" as "38% opposed [57% backed the levy]").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// "with" and one to three words (no pronoun subject, relative or conjunction, no -ing form: "With prices rising
// officials warned" has its own clause), ending right before the form
const WITH_PHRASE = new RegExp(
  String.raw`\bwith[ \t]+(?:(?!(?:${alternation(SUBJECT_PRONOUNS)}|who|which|that|and|or|but)\b)(?![\p{L}-]+ing\b)[\p{L}\p{N}%$.’'-]+[ \t]+){1,3}$`,
  'iu',
);
// the phrase closes right after the form: punctuation, a conjunction or the text's end ("opposed.", "opposed and 5% unsure")
const PHRASE_CLOSES = /^(?:[ \t]*(?:[.,;:)—–]|$)|[ \t]+(?:and|or|while)\b)/;

/**
 * Whether "with" and a short noun phrase end right before `at` ("..., with Norland warning it would retaliate"): an
 * -ing form there reports for that noun phrase, as a participle after a comma does (noun-or-verb.ts).
 */
export function withPhraseBefore(text: string, at: number): boolean {
  return WITH_PHRASE.test(text.slice(Math.max(0, at - 48), at));
}

/** Whether the past form `w` closes an absolute "with" phrase ("with 38% opposed"), so it is no verb. */
export function absoluteWith(text: string, w: SpeechWord): boolean {
  if (!/ed$/i.test(w.word)) return false;
  return withPhraseBefore(text, w.start) && PHRASE_CLOSES.test(text.slice(w.end, w.end + 8));
}
