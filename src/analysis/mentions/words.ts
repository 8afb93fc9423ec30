// What the mention rules need to know about single words, from our lexicons and compromise's lexicon used as
// DATA (a map lookup per word; no parse; the per-word facts are in word-flags.ts). Built once when the module loads.
import { PERSON_NOUN_PREFIXES, PERSON_ROLES } from '../../lexicon/roles.js';
import { TITLE_HEADS, TITLE_ABBREVIATIONS, HONORIFICS } from '../../lexicon/titles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organisation-heads.js';
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import { singularsOf } from '../../lexicon/plurals.js';
import { lexicon, model } from './word-flags.js';

// the facts of single words by compromise's lexicon (word-flags.ts), read through this module
export {
  firstNameGender, isKnownWord, isKnownName, isPlace, isCountry, isDemonym, isKnownOrganization, isDateWord, isCommonWord,
  isFunctionWord, isClosedClassWord, isVerbForm, isPluralNoun, isAdjective, isAdjectiveOrNoun, isPureNoun,
} from './word-flags.js';

// The gap between two mentions joined by "and" or "&" ("Rob and Ann Pell", "Jane Roe and John Doe"):
// the speakers stage reads it for shared surnames and pairs, the quote speaker for two people speaking together.
export const AND_GAP = /^[\s\u00a0]+(?:and|&)[\s\u00a0]+$/;
// The gap between two mentions listed before such a pair ('Ada Kim, Tom Fenn and Lia Ortz'): a comma alone.
export const LIST_COMMA = /^[\s\u00a0]*,[\s\u00a0]*$/;
// The gap between a person and the body they speak for ("Ola Brisk of the League", "Kai Moss at Tennby Research"):
// the quote speaker and the speakers stage read a "who" after it as the person, not the body.
export const OF_BODY = /^[\s\u00a0]+(?:of|at|from|with)[\s\u00a0]+(?:the[\s\u00a0]+)?$/;

// A possessive ending on a name's word ("Roe's", "Acme’s"): the name, its alias or its owner is the word without it.
const POSSESSIVE_END = /['’]s$/u;
/** The word or name without a possessive "'s" / "’s" at its end. */
export function withoutPossessive(word: string): string {
  return word.replace(POSSESSIVE_END, '');
}

const orgWords = new Set([...ORGANIZATION_WORDS, ...Object.keys(model.two.orgWords ?? {})]);
// compromise's orgWords hold a few words that end person names or plain phrases far more often than company names
for (const w of ['boys', 'girls', 'care', 'data', 'design', 'education', 'estate', 'gas', 'coffee']) orgWords.delete(w);
export const isOrganizationWord = (lower: string): boolean => orgWords.has(lower);

const personNouns = new Set<string>(PERSON_ROLES);
for (const [w, t] of Object.entries(lexicon)) if (t === 'Actor' && !w.includes(' ')) personNouns.add(w);
// "co-worker", "ex-wife": a person prefix, a hyphen and a person noun (lexicon/roles PERSON_NOUN_PREFIXES)
const PREFIXED_NOUN = /^(\p{Ll}{2,4})-(\p{Ll}{3,})$/u;
const prefixedPerson = (lower: string): boolean => {
  const m = lower.includes('-') ? PREFIXED_NOUN.exec(lower) : null;
  return m !== null && PERSON_NOUN_PREFIXES.has(m[1]!) && personNouns.has(m[2]!);
};
// the suffixes of a trade or science named after what its people practise ("seismologist", "statistician", "demographer",
// "podiatrist"): health, science and court news quote such people by a word no lexicon lists in full
const TRADE_SUFFIX = /^\p{Ll}+(?:ologist|ician|ographer|iatrist)$/u;
/** A singular noun for a person by role or kind ("minister", "doctor", "colleague", "co-worker", "geneticist"). */
export const isPersonNoun = (lower: string): boolean => personNouns.has(lower) || prefixedPerson(lower) || TRADE_SUFFIX.test(lower);

/** The singular of a plural person noun, a "-men" plural too ("officials" -> "official", "witnesses" -> "witness",
 *  "spokesmen" -> "spokesman"), or undefined when it is not one (lexicon/plurals.ts reads the plural endings). */
export function personSingular(lower: string): string | undefined {
  return singularsOf(lower).find((one) => one.length >= 3 && isPersonNoun(one));
}
/** Plural person nouns that are groups ("officials", "police", "spokesmen"). */
export function isGroupNoun(lower: string): boolean {
  return GROUP_NOUNS.has(lower) || personSingular(lower) !== undefined;
}

/** A role from our own lexicon or its plural, or a listed group noun ("aide", "advisers", "members"): the
 *  narrower test, without compromise's person words, for readers that must not take any actor noun for a speaker. */
export function isListedPersonOrGroup(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_ROLES.has(w) || GROUP_NOUNS.has(w) || singularsOf(w).some((one) => PERSON_ROLES.has(one));
}

export const isOrganizationHead = (lower: string): boolean => ORGANIZATION_HEADS.has(lower);
/** Heads of documents that speak for their authors ("report", "study", "data"): organisation heads that name no kind of body. */
export const isDocumentHead = (lower: string | undefined): boolean =>
  lower !== undefined && lower !== 'organization' && lower !== 'organisation' && ORGANIZATION_HEADS.get(lower)?.length === 0;

/** A title that can stand capitalised before a name. */
export function isTitleHead(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_ABBREVIATIONS.has(lower) || HONORIFICS.has(lower);
}
