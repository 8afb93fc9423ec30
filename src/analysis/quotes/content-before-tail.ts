// What may follow the cue of a content that stands before it ("CONTENT, X told a meeting in Tarnby."),
// beyond the adverbials content-before.ts reads itself: a listener and then where it was said, and a
// noun phrase the writer appends after a comma (", the first rise in a decade"), and a contrast with no verb of its
// own (", but fair") that the content goes on with.
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { isAdjective, isKnownWord, isVerbForm } from '../mentions/words.js';
import { ADJECTIVE_SHAPE } from '../mentions/description-words.js';

// a preposition that opens where or when something was said, after the listener
const PLACE_PREPOSITION = String.raw`(?:in|at|on|during|after|before|outside|inside|near|from|via|over|by)`;
// the listener: one to four words, the last right before that preposition
const LISTENER = new RegExp(String.raw`^\s*(?:[\p{L}\p{N}’'.-]+\s+){0,3}?[\p{L}\p{N}’'.-]+(?=\s+${PLACE_PREPOSITION}\s)`, 'u');
// a word no listener holds: a verb, a clause word, a subject pronoun ("told them she was", "told a friend who")
const CLAUSE_WORD = new RegExp(String.raw`(?:^|\s)(?:is|was|were|are|has|had|have|will|would|could|can|did|does|should|may|might|must|that|who|which|whom|${alternation(SUBJECT_PRONOUNS)})(?=\s|$)`, 'iu');
// ", the NOUN PHRASE" to the end of the sentence, after some words of the tail: no comma, no clause word in it
// (", one of the largest hoards on record", ", a first for the region", ", another blow to the town" as well, and the
// phrase after "in" or "amid": ", in the latest turn of a long row", ", amid a dispute over pay")
const APPENDED = /,\s+(?:(?:in|amid)\s+)?(?:the|an?|another|one\s+of\s+the)\s+([^,;:“”"]*)$/u;

/**
 * The tail after the listener of a verb that takes one ("told a public meeting in the town hall" ->
 * " in the town hall"), or null when no listener and place phrase stand there. The caller checks the
 * rest is an adverbial, as for any tail.
 */
export function afterListener(tail: string): string | null {
  const m = LISTENER.exec(tail);
  if (m === null || CLAUSE_WORD.test(m[0])) return null;
  return tail.slice(m[0].length);
}

/**
 * Where a noun phrase appended by the writer starts in `tail` ("announced on Thursday, the biggest rise in
 * a decade." -> the comma), or -1. Only after a first word of tail:
 * ", she said, the village would empty" is an aside whose content goes on, and a clause word in the phrase makes it a clause.
 */
export function appendedNounPhrase(tail: string): number {
  const m = APPENDED.exec(tail.replace(/[\s.!?]+$/u, ''));
  if (m === null || m.index === 0 || /^\s*$/.test(tail.slice(0, m.index)) || CLAUSE_WORD.test(` ${m[1] ?? ''}`)) return -1;
  return m.index;
}

// ", but fair to the players", ", yet not unkind": "but" or "yet", a degree word or "not" at most, then the word read
const CONTRAST = /^\s*,\s*(?:but|yet)\s+(?:(?:not|also|still|very|rather|quite|always|ultimately|never)\s+)?([\p{Ll}-]+)/u;
// what may follow a predicate adjective: the sentence's end, a comma or dash, a preposition, a coordinator or "enough";
// a word of any other kind makes the adjective a noun's ("but late payments remain a worry": a clause of its own)
const PREDICATE_NEXT = /^(?:\s*(?:[,.;:!?…)”’"—–]|$)|\s+(?:to|in|with|about|of|for|on|at|by|from|toward|towards|and|or|than|enough|once|when|if)\b)/u;

/**
 * Whether `tail` (right after an aside's cue) is a contrast with no clause of its own: "The old coach was strict, she
 * recalls, but fair to the players." The adjective's subject is the content's ("the coach ... fair"), so the
 * content goes on past the aside, as it does after ", she said, A". Only an adjective that is no verb form (by the
 * lexicon, or an unknown word of an adjective's shape: "generous", "workable"): "..., she said, but gave no date" and
 * "but added that ..." are left to the clause reading, and so is an adjective before a noun ("but late payments remain").
 */
export function ellipticalContrast(tail: string): boolean {
  const m = CONTRAST.exec(tail);
  const word = m?.[1];
  if (m === null || word === undefined || isVerbForm(word) || !PREDICATE_NEXT.test(tail.slice(m.index + m[0].length))) return false;
  return isAdjective(word) || (!isKnownWord(word) && ADJECTIVE_SHAPE.test(word));
}
