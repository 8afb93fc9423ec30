// A speech form that is also a plural noun ("claims", "calls", "jokes", "demands"), right after "and" or "but"
// that joins it to a verb of saying in the same present tense: "defends the plan and calls for a vote", "often
// gushes about her dogs and jokes about her hair". Read alone, "the plan and calls" looks like two nouns; the
// verb before it and a verb's frame after it make it that subject's second verb (the second act of the
// speaker, whose content content-end.ts already ends at the "and").
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { CLAUSE_AFTER } from './verb-contexts.js';
import { PARTICLES } from './verb-span-words.js';
import { alternation } from '../alternation.js';
import { PURE_OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// the first verb's object, then "and"/"but" (perhaps an adverb): one clause, no stop, no quote, no clause word of
// its own (after "that" or "who" the form could be the inner clause's verb: "says that prices rise and calls ...")
const OBJECT_THEN_AND = /^[ \t][^.;:!?“”"()\n]{1,80}?\s(?:and|but)\s+(?:(?:also|then|now|often|again|even)\s+)?$/i;
const CLAUSE_WORD = /\b(?:that|who|which|whose|whom|where|when|while|because|if|as)\b/i;
// a verb's frame after the form: a wh-clause, "to" and a verb, or a person as its object ("calls them liars",
// "thanks her staff" is left out: "her" may be a possessive before a noun)
const VERB_FRAME_AFTER = new RegExp(String.raw`^\s+(?:whether|how|why|what|to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)\p{Ll}+|(?:${alternation(PURE_OBJECT_PRONOUNS)})\b)`, 'u');
// a plural verb a few words on: the form heads a subject ("says thefts and calls for help have doubled"), the clause the first verb reports
const PLURAL_VERB_NEXT = /^(?:\s+[\p{L}\p{N}’'-]+){1,5}?\s+(?:have|are|were|had|remain|continue)\b/u;

/** Whether the noun-like form `w` is a present verb joined by "and" to the speech verb `prev` before it. */
export function coordinatedPresent(text: string, w: SpeechWord, prev: SpeechWord | undefined): boolean {
  if (prev === undefined || !/s$/.test(w.word) || w.word === w.form.lemma) return false;
  // the verb before: a present -s form that is no noun ("defends", "gushes"), not the noun-like kind itself
  if (prev.form.nounLike || !/s$/.test(prev.word) || prev.word === prev.form.lemma || !/^\p{Ll}/u.test(prev.word)) return false;
  const between = text.slice(prev.end, w.start);
  if (!OBJECT_THEN_AND.test(between) || CLAUSE_WORD.test(between)) return false;
  const after = text.slice(w.end, w.end + 48);
  if (PLURAL_VERB_NEXT.test(after)) return false;
  return PARTICLES[w.form.lemma]?.test(after) === true || CLAUSE_AFTER.test(after) || VERB_FRAME_AFTER.test(after);
}
