// A subject that carries a restrictive relative clause ("The head of the union that organised the strike said",
// "A nurse at the clinic which treated the boy said"): the clause-boundary reading of positions.ts cuts the subject
// at the relative pronoun and leaves the clause's verb phrase ("organised the strike") in the speaker position. The
// clause closes before the cue, so the speaker is the phrase before the pronoun, read as any subject is.
import { isPluralNoun, isVerbForm, tagsOf } from '../mentions/word-flags.js';
import { FINITE_AUXILIARIES } from '../../lexicon/auxiliaries.js';
import { phraseBefore, type Range } from './positions.js';

// a relative pronoun with no comma before it (a comma opens an aside: speaker-aside.ts), right before the phrase,
// and the word before it (its antecedent's last word)
const RESTRICTIVE_PRONOUN = /([\p{L}\p{N}’']*[\p{L}\p{N})’'])\s+(that|who|which)\s+$/u;
// a past form, copula or adverb before the pronoun takes it as a conjunction, not a relative: "It emerged that armed
// guards warned ...", "The court was told that frightened tenants said ...", "Police also said that ..." (a noun
// heads an antecedent)
const CLAUSE_TAKING_TAGS: ReadonlySet<string> = new Set(['PastTense', 'Copula', 'Adverb']);
const takesClause = (word: string): boolean => tagsOf(word).some((t) => CLAUSE_TAKING_TAGS.has(t));
// the first two words of the clause
const OPENING_WORDS = /^([\p{Ll}]+)(?:\s+([\p{L}\p{N}’']+))?/u;
// what may follow a verb in -s as its object or complement: an article, a possessive, a demonstrative, a number
const OBJECT_START = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|more|\p{N}+)$/u;
const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/** Whether `word` reads as the finite verb of a clause whose subject is the relative pronoun before it. */
function opensWithVerb(word: string, next: string | undefined): boolean {
  if (AUXILIARIES.has(word)) return true;
  // "that organised", "who inspected", "which lent": a past form (not a plural noun that only looks like one)
  if ((isVerbForm(word) || /\p{Ll}{2}ed$/u.test(word)) && !isPluralNoun(word) && !word.endsWith('ing')) return true;
  // "that runs the shelter", "which supplies a school": a present form in -s is read so only with an object after it,
  // as many plural nouns share the shape ("that costs rose" is no relative clause, "that costs a fortune" is)
  return next !== undefined && /\p{Ll}{2}s$/u.test(word) && !/ss$/.test(word) && OBJECT_START.test(next.toLowerCase());
}

/**
 * The phrase before a restrictive relative pronoun that opens the speaker phrase [start, end) with its own verb, or
 * null: the subject the cue after the clause belongs to. `from`: where the sentence starts.
 */
export function restrictiveAntecedent(text: string, from: number, start: number, end: number): Range | null {
  const lo = Math.max(from, start - 40);
  const lead = RESTRICTIVE_PRONOUN.exec(text.slice(lo, start));
  if (lead === null || takesClause(lead[1]!)) return null;
  const words = OPENING_WORDS.exec(text.slice(start, end));
  if (words === null || !opensWithVerb(words[1]!, words[2])) return null;
  // (the match opens with the word before the blank, so the pronoun is found after it)
  return phraseBefore(text, from, lo + lead.index + lead[0].indexOf(lead[2]!, lead[1]!.length));
}
