// An occasion after a cue or the one told, opened by a preposition that may also open a clause ("after", "before",
// "following"): "told reporters after the match he was proud", "said before the vote they would abstain". A noun
// phrase right followed by a subject pronoun is the preposition's object, and the pronoun opens the reported clause;
// a subordinate clause has its verb right after its subject ("condemned the ban after the mayor defended it").
import { REFERRING_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { IRREGULAR_PASTS } from '../../lexicon/past-forms.js';

const REFERRING = alternation(REFERRING_SUBJECT_PRONOUNS);
// a word of the phrase: no relative, conjunction or subject pronoun
const WORD = String.raw`(?!(?:that|which|whom|whose|what|where|when|who|${REFERRING}|and|or|but)\s)[\p{L}\p{N}’'.-]+`;
// the preposition, a determiner and up to four words
export const OCCASION = String.raw`,?\s*(?:after|before|following)\s+(?:the|a|an|his|her|its|their|this|last)\s+(?:${WORD}\s+){0,3}?${WORD},?\s+`;
// the adverbs that may stand between the pronoun and its verb
const ADVERB = String.raw`(?:not|never|also|still|\p{Ll}+ly)`;

// a past-tense verb after the pronoun ("said after the vote she regretted it", "told reporters after the game he
// understood the anger"): the reported clause's own verb, a cue of its own or not; but not one that a "that" clause or
// a comma follows ("after the meeting she chaired, ..."): there the pronoun and verb are a relative on the occasion
export const PAST_VERB = String.raw`(?:\p{Ll}+ed|${alternation(IRREGULAR_PASTS)})(?![\p{L},])(?!\s+that\s)`;

/** The occasion phrase, then a subject pronoun and its finite verb right after it (content-start.ts reads it). */
export const OCCASION_BEFORE_PRONOUN = String.raw`${OCCASION}(?=(?:${REFERRING})(?:\s+${ADVERB})?\s+(?:(?:${FINITE_AUXILIARY})\s|${PAST_VERB}))`;

// the occasion phrase and a subject pronoun, ending right before a cue
const OCCASION_THEN_PRONOUN = new RegExp(String.raw`^${OCCASION}(?:${REFERRING})\s+(?:${ADVERB}\s+)?$`, 'u');

/** Whether `clause` (from its preposition to a cue) is an occasion phrase and the reported clause's pronoun subject. */
export function occasionThenPronoun(clause: string): boolean {
  return OCCASION_THEN_PRONOUN.test(clause);
}
