// "raised the idea that we discussed last year", "repeated the warning that officials issued on Monday": after a noun of
// saying, "that" opens a relative clause, not the noun's content, when the clause's verb must take an object and has
// none (a time, a place or the clause's end follows it): the noun itself fills the gap. Content clauses have their
// object ("the idea that we could close the pool") or a verb that needs none ("the fear that prices rose last year").
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// past forms that cannot stand without an object (the noun before "that" is theirs)
const OBJECT_VERBS = [
  'discussed', 'proposed', 'mentioned', 'described', 'drafted', 'floated', 'tabled', 'debated', 'reviewed', 'considered',
  'adopted', 'approved', 'endorsed', 'rejected', 'dismissed', 'issued', 'published', 'released', 'received', 'presented',
  'outlined', 'repeated', 'voiced', 'expressed', 'shared', 'cited', 'pitched', 'made', 'sent', 'heard', 'read', 'wrote',
  'written', 'raised', 'put', 'launched', 'introduced', 'circulated', 'aired', 'posted', 'signed', 'answered', 'addressed',
];
// the clause's subject: a pronoun, a name of up to three words, "the" or a possessive and a noun or two, or a bare plural
const SUBJECT = String.raw`(?:${alternation(SUBJECT_PRONOUNS)}|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}|(?:the|his|her|their|its|our|my)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Ll}+s)`;
// an auxiliary or an adverb or two before the verb ("had first floated", "has since dropped")
const LEAD = String.raw`(?:\s+(?:had|has|have|would|will|could|also|first|once|later|already|earlier|repeatedly|publicly|recently|never|just))*`;
// what follows a verb whose object is missing: a stop, or a word that opens a time, a place or an occasion
const NO_OBJECT = String.raw`(?:\s*[.,;:!?)—–]|\s+(?:last|this|next|on|in|at|during|earlier|yesterday|today|to|before|after|for|with|when|while|over|since)\b)`;
const GAPPED = new RegExp(String.raw`^${SUBJECT}${LEAD}\s+(?:${alternation(OBJECT_VERBS)})${NO_OBJECT}`, 'u');

/** Whether the clause starting at `at` (right after "that") is a relative clause whose verb lacks its object. */
export function gappedRelative(text: string, at: number): boolean {
  return GAPPED.test(text.slice(at, at + 80));
}
