// The possessive that marks who holds a noun cue ("his claim that", "the senator's critique of", "the unions'
// call for"): one piece for the cue finders (cues/nouns.ts, cues/nominal.ts, cues/nominal-question.ts) and the
// quote stage's source look-up (quotes/nominal-content.ts), so all agree on what a possessive is. What may stand
// between it and the noun differs with the construction, and each pattern names why where it is built.
import { HOLDER_POSSESSIVES } from '../../lexicon/speech-nouns.js';
import { GENDERED_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation, eitherCase } from '../alternation.js';

/** The possessive words that hold a noun cue, as an alternation (lower case: they stand inside a phrase). */
export const HOLDER = alternation(HOLDER_POSSESSIVES);
/** The same in either case, at a word start ("his claim", "Their question"). */
export const CUE_POSSESSIVE = String.raw`\b(?:${alternation(HOLDER_POSSESSIVES.map(eitherCase))})`;

// "it's", "that's", "there's", "he's": the "'s" of a contraction ("is", "has"), not a possessive
const CONTRACTING = alternation([...GENDERED_SUBJECT_PRONOUNS, 'it', 'that', 'there', 'what', 'who', 'here', 'where'].map(eitherCase));
const NOT_CONTRACTED = String.raw`(?<!\b(?:${CONTRACTING})['’])`;

/** The end of a possessor's last word: an "'s" that is no contraction, or a plural's bare apostrophe ("the unions'").
 *  (The apostrophe comes first, the look-backs after it: a pattern that opens with a plain character is scanned
 *  far faster than one that opens with a look-back.) */
export const POSSESSIVE_ENDING = String.raw`['’](?:${NOT_CONTRACTED}s|(?<=\p{Ll}s['’]))`;

/** A possessive pronoun ("his", "Their") or the ending of a possessor word ("'s", "s'"), as a regex piece (flag 'u'). */
export const POSSESSIVE_MARK = String.raw`(?:${CUE_POSSESSIVE}|${POSSESSIVE_ENDING})`;
