// A sentence that opens with a person noun and its prepositional phrase ("Members of the board", "A spokesman for
// the ministry", "Economists at the state university") and then a past form with an adjunct ("warned on Monday",
// "complained to the council", "estimated last year") looks like a reduced relative describing the phrase's noun
// ("a video posted on Sunday"), which participles.ts drops. It is the sentence's own verb when its complement
// follows: a that-clause with its subject ("... that the plan would fail"), or, for "called on", a plea with "to" and
// a verb ("called on the minister to resign"). Nothing else is read as a verb here: "Photos of the rally posted on
// Sunday showed ..." and "Members of the gang arrested on Monday were freed" keep the reduced relative, and so does
// a form whose "that" comes after a verb of its own ("Supporters of the mayor interviewed on Sunday said that ...").
// A refusal with its infinitive is the sentence's verb too ("A lawyer for the family declined to comment on the case"):
// nothing is "declined to" or "refused to" in a reduced relative.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { isListedPersonOrGroup } from '../mentions/words.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { alternation } from '../alternation.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { REFUSAL_LEMMAS } from '../../lexicon/cue-contexts.js';
import { NOUN_PHRASE_OPENERS } from '../../lexicon/noun-phrase-openers.js';

// "declined to comment": "to" and a verb, not a noun phrase ("declined to a record low")
const REFUSAL_INFINITIVE = new RegExp(String.raw`^[ \t]+to[ \t]+(?!(?:${alternation(NOUN_PHRASE_OPENERS)})(?![\p{L}'’-]))\p{Ll}`, 'u');

// the sentence's opening (text start, a sentence end, a line break or a dateline's dash), one to five words whose last
// is the head noun, the preposition, and its noun phrase up to the form
const OPENING_PHRASE = /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*|—[ \t]+)(\p{Lu}[\p{L}’'-]*(?:[ \t]+[\p{L}\d’'-]+){0,4})[ \t]+(?:of|in|at|from|for|with|on|under)[ \t]+(?:(?:a|an|the|this|that|his|her|its|their|our)[ \t]+)?(?:\p{Ll}[\p{L}-]*[ \t]+){0,2}\p{Ll}[\p{L}-]*[ \t]+$/u;
// words of the subject that make it a clause of its own ("He spoke of the plan ...", "Aides said of the letter ...")
const CLAUSE_WORD = new RegExp(String.raw`^(?:${alternation(SUBJECT_PRONOUNS)}|${FINITE_AUXILIARY}|said|says|told|spoke|wrote|according|after|before|in|on|at|of|for|with|from|as|by|when|while|if)$|ed$`, 'iu');
// an adjunct (up to six words, no verb of its own) and then "that" with the clause's subject
const THAT_CLAUSE_AHEAD = new RegExp(String.raw`^(?:[ \t]+(?!(?:that|which|who|said|says|say|told|tells|tell|wrote|writes|${FINITE_AUXILIARY})\b)(?!\p{L}+ed\b)[\p{L}\d’'-]+,?){0,6}[ \t]+that[ \t]+(?:the|a|an|his|her|its|their|this|these|those|some|no|any|all|most|many|there|${alternation(SUBJECT_PRONOUNS)}|\p{Lu}[\p{L}’'-]*|\d)\b`, 'iu');
// "on"/"upon", someone who is no time ("on Monday"), then "to" and a bare verb
const PLEA_AHEAD = new RegExp(String.raw`^[ \t]+(?:on|upon)[ \t]+(?!(?:${WEEKDAYS}|today|tonight|yesterday|tomorrow)\b)(?:[\p{L}.’'-]+[ \t]+){1,6}?to[ \t]+\p{Ll}+`, 'u');

/** Whether the past form is the verb of a sentence-opening subject "<person noun> <preposition> <noun>" (see the header). */
export function subjectPhraseVerb(text: string, w: SpeechWord): boolean {
  const opening = OPENING_PHRASE.exec(text.slice(Math.max(0, w.start - 120), w.start));
  if (opening === null) return false;
  const words = opening[1]!.split(/[ \t]+/);
  if (words.some((x) => CLAUSE_WORD.test(x)) || !isListedPersonOrGroup(words[words.length - 1]!)) return false;
  const after = text.slice(w.end, w.end + 120);
  if (w.form.lemma === 'call' && PLEA_AHEAD.test(after)) return true;
  if (REFUSAL_LEMMAS.has(w.form.lemma) && REFUSAL_INFINITIVE.test(after)) return true;
  return THAT_CLAUSE_AHEAD.test(after);
}
