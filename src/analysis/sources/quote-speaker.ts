// Whether the speaker position of a quote names a source that vouches for the figures in it: a
// resolved speaker, a mention SPEAKERS found, or a noun phrase it did not list.
import type { Quote } from '../../types.js';
import type { Counted } from '../state.js';
import { mentionAt } from '../speakers/lookup.js';

// "according to local media", "state television reported": a short lower-case phrase in the speaker's place names
// a source as much as a capitalised one
// (one opening with a determiner or an owner is NOUN_PHRASE's: "the report", "its filings")
export const LOWER_PHRASE = /^(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)[ \t\u00a0])(?:\p{Ll}[\p{L}’'-]+[ \t\u00a0]+){1,3}\p{Ll}[\p{L}’'-]+$/u;

const EMPTY_PRONOUN = /^(?:it|who|whom|which|that)$/i;

// a phrase opening with a preposition or a conjunction ("By the time the ferry", "Despite the rain", "If Ann")
// is the start of a clause or an adverbial, not a noun phrase naming someone
const CLAUSE_OPENER = /^(?:by|despite|if|when|whenever|while|after|before|although|though|because|since|until|unless|as|in|on|at|for|with|from|into|over|under|during|and|but|or|so|yet|then|also)(?![\p{L}])/iu;

const NOUN_PHRASE = /^(?:\p{Lu}[\p{L}\p{N}’'.-]*|the|a|an|this|that|these|those|one|no|some|many|most)[ \t\u00a0]+[\p{L}\p{N}]/u;

/**
 * A quote vouches for its figures when it names a speaker: a resolved speaker, or a speaker
 * mention that SPEAKERS also found. Words in the speaker position that are no mention at all
 * ("and", a tag's "<") name nobody.
 */
export function hasSource(s: Counted, q: Quote): boolean {
  if (q.speaker !== null) return true;
  const m = q.speakerMention;
  if (!m) return false;
  const found = mentionAt(s, m.start, m.end);
  // "It is clear that ...", a "who" with no antecedent found: pronouns that point at nobody we know
  if (found !== undefined && found.kind === 'pronoun' && found.entity === null && EMPTY_PRONOUN.test(m.text)) return false;
  if (found !== undefined && found.start < m.end && m.start < found.end) return true;
  // a noun phrase SPEAKERS did not list ("The two-minute video", "that tally", "One reader") still names someone
  return (NOUN_PHRASE.test(m.text) || LOWER_PHRASE.test(m.text)) && !CLAUSE_OPENER.test(m.text);
}
