// "Economists at the bank estimate growth will slow", "Analysts at Hollin Partners forecast the merger will save
// $40 million": a bare noun-like form of final attribution after a plural head and its short prepositional phrase,
// with a clause right after it (a subject and a modal or a finite "be"/"have"), is the plural head's verb. The words
// right before it ("the bank", "Hollin Partners") made it look like a compound noun ("the bank estimate"), but a noun
// there would be followed by its own verb or "of", not by a clause with a subject of its own.
// The same holds with no phrase, after a plural of people or bodies not in the closed subject lists ("Relief
// advocates worry a crackdown could slow aid", "Ward staff fear the unit will close"): a compound noun ("the
// budget estimate", "the jobs report") is followed by its own verb, not by a clause.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { FINAL_FORMS } from './verb-contexts.js';
import { COLLECTIVE_NOUNS, PLURAL_SUBJECTS } from '../../lexicon/cue-contexts.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { PLURAL_END, singularsOf } from '../../lexicon/plurals.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { PARTICLES } from './verb-span-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { TIME_ADJUNCT_NEXT } from '../../lexicon/time-words.js';

// a plural head, a preposition, an optional article and up to three words, ending right before the form
const PLURAL_HEAD_PHRASE = /\b\p{L}\p{Ll}{2,}s\s+(?:at|of|with|from|in|for)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}&.’'-]+\s+){0,3}$/u;
// the lower-case word right before the form
const BARE_PLURAL_HEAD = /(?:^|[\s,;(])(\p{Ll}{3,})\s+$/u;
// a lower-case word of four letters or more with a plural's ending (lexicon/plurals.ts), not a word in -s that is no plural noun
const PLURAL_WORD = new RegExp(String.raw`^\p{Ll}{2,}${PLURAL_END}$`, 'u');
const NOT_PLURAL = /^(?:always|perhaps|sometimes|besides|towards|afterwards|nowadays|news|whereas|series|means)$/;
// the clause after the form: one to four words of subject (no preposition or clause word first) and a finite auxiliary
// (not a verb of saying or showing first: "Readers of the monthly report say ..." makes the form the noun subject)
const CLAUSE_NEXT = /^\s+(?!(?:of|for|in|on|at|to|by|from|with|that|which|who|and|or|but|as|say|says|said|show|shows|showed|suggest|suggests|suggested|find|finds|found|indicate|indicates|indicated)\b)(?:[\p{L}\p{N}’'$%.,-]+\s+){1,4}?(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b/u;

// a preposition, perhaps a determiner and a modifier, before the head: the head is the preposition's object ("spoke of the
// growers hope ...", "aid for flood victims fear ...")
const OBJECT_OF_PREPOSITION = /\b(?:of|for|to|in|on|at|by|from|with|about|among)\s+(?:(?:the|a|an|their|its|his|her|our|these|those)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * Whether a lower-case word can be the plural head of a bare verb: a plural of a role or a body ("advocates",
 * "unions"), a plural subject or a collective noun ("staff"). Other plurals stay nouns' modifiers ("the damages
 * claim the family filed was denied", "the earnings estimate analysts gave was low").
 */
export function barePluralHead(word: string): boolean {
  if (COLLECTIVE_NOUNS.has(word) || PLURAL_SUBJECTS.has(word)) return true;
  if (!PLURAL_WORD.test(word) || NOT_PLURAL.test(word)) return false;
  return singularsOf(word).some((one) => PERSON_ROLES.has(one) || ORGANIZATION_WORDS.has(one));
}

// a particle that says when, not what: "the staff call on Monday" is a noun compound, a call made that day
const PARTICLE_THEN_TIME = new RegExp(String.raw`^\s+(?:on|at|for)\s+(?:${WEEKDAYS}|\d|(?:the\s+)?(?:day|night|morning|evening|weekend|hour)\b)`, 'i');

/**
 * Whether a bare noun-like form with its own particle after it is the verb of a plural head of people or bodies right
 * before it ("Shop owners point to the closure", "Hospital managers call for more beds"): as with a clause, a noun
 * compound there ("the owners' call for", "a managers' point") would carry its possessive mark.
 */
export function pluralHeadParticle(text: string, w: SpeechWord): boolean {
  if (w.word.toLowerCase() !== w.form.lemma || PARTICLES[w.form.lemma] === undefined) return false;
  const after = text.slice(w.end, w.end + 40);
  if (!PARTICLES[w.form.lemma]?.test(after) || PARTICLE_THEN_TIME.test(after)) return false;
  const window = text.slice(Math.max(0, w.start - 64), w.start);
  const head = BARE_PLURAL_HEAD.exec(window)?.[1];
  return head !== undefined && barePluralHead(head) && !OBJECT_OF_PREPOSITION.test(window.slice(0, window.length - head.length - 1));
}

/** Whether a clause of its own (a subject and a finite auxiliary, no time first) follows the form ending at `end`. */
export function clauseNext(text: string, end: number): boolean {
  const after = text.slice(end, end + 64);
  // (a time right after a compound noun's last word is the noun's own adjunct, no clause's subject: "the jobs report
  // this month was weak", "the sales forecast on Monday was")
  return CLAUSE_NEXT.test(after) && !TIME_ADJUNCT_NEXT.test(after);
}

/** Whether a bare final-attribution form (no -s) is the verb of a plural head, right before it or before a short prepositional phrase. */
export function pluralHeadClause(text: string, w: SpeechWord): boolean {
  if (w.word.toLowerCase() !== w.form.lemma || !FINAL_FORMS.test(w.form.lemma)) return false;
  const window = text.slice(Math.max(0, w.start - 64), w.start);
  const head = BARE_PLURAL_HEAD.exec(window)?.[1];
  if (head !== undefined && barePluralHead(head)) return !OBJECT_OF_PREPOSITION.test(window.slice(0, window.length - head.length - 1)) && clauseNext(text, w.end);
  if (!PLURAL_HEAD_PHRASE.test(window)) return false;
  return CLAUSE_NEXT.test(text.slice(w.end, w.end + 64));
}
