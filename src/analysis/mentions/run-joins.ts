// Plural nouns and apostrophes inside an organisation's name ("Dock Workers Federation", "Pine Cove Nurses' Union",
// "Tarn Fishermen's Association")
// and organisation words a few names ahead ("Soil and Seed Administration"): where a run of names goes on.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import { nameLike } from './name-shape.js';
import { NOT_PERSON_WORDS } from '../../lexicon/names.js';
import { firstNameGender, isAdjectiveOrNoun, isCommonWord, isDemonym, isGroupNoun, isKnownName, isKnownWord, isOrganizationWord, isPersonNoun, isPluralNoun, isTitleHead, isVerbForm } from './words.js';

// a plural noun, of people ("nurses", which the lexicon lists only as a verb) or of things
export const pluralNoun = (lower: string): boolean => isPluralNoun(lower) || isGroupNoun(lower);
// a word the lexicon knows only as a verb ("Say" in "Officials Say Nurses Union ..."): no word of a name before the plural
const verbOnly = (lower: string): boolean => isKnownWord(lower) && !isAdjectiveOrNoun(lower) && !isKnownName(lower);
// token k is a capitalised organisation word right after token k-1 ("Union" in "Nurses Union")
export function orgWordAt(text: string, tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && adjacent(text, tokens[k - 1]!, w) && nameLike(w) && isOrganizationWord(w.lower);
}
// token k is an apostrophe stuck to token k-1 (a plural's possessive: "Nurses' Union")
export function apostropheAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && (w.text === "'" || w.text === '’') && w.start === tokens[k - 1]!.end;
}
// token j+1 is a plural noun with an organisation word after it (its possessive apostrophe between or not), and
// token j no verb: the plural is a word of the organisation's name ("Dock Workers Federation")
export function pluralOfName(text: string, tokens: Token[], j: number): boolean {
  return pluralNoun(tokens[j + 1]!.lower) && !verbOnly(tokens[j]!.lower)
    && (orgWordAt(text, tokens, j + 2) || (apostropheAt(tokens, j + 2) && orgWordAt(text, tokens, j + 3)));
}

/** An organisation word among the next few adjacent capitalised words from token k ("Drug Administration"). */
export function orgWordAhead(text: string, tokens: Token[], k: number): boolean {
  for (let m = k; m < k + 4 && tokens[m] && nameLike(tokens[m]!) && (m === k || adjacent(text, tokens[m - 1]!, tokens[m]!)); m++) {
    if (isOrganizationWord(tokens[m]!.lower)) return true;
  }
  return false;
}

/** Token j is a plural that takes "'s" ("Fishermen's", "Women's", "Children's") with capitalised words after it running on to
 *  an organisation word: its possessive is inside the name ("Tarn Fishermen's Association"), it ends no run. A singular
 *  owner ends it ("Acme's Board", "Roe's Party": the owner and what it owns). */
export function possessivePluralOfName(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.possessive && !t.lower.endsWith('s') && (t.lower.endsWith('men') || pluralNoun(t.lower))
    && next !== undefined && adjacent(text, t, next) && orgWordAhead(text, tokens, j + 1);
}

// the words for the office a title holder runs ("Sheriff's Office", "Attorney General's Office", "Coroner's Department")
const OFFICE_WORDS: ReadonlySet<string> = new Set(['office', 'department']);

/** Token j is an office holder's title with "'s" and a capitalised "Office" or "Department" right after it ("Tarnby
 *  Sheriff's Office", "the County Attorney's Office"): the body the holder runs, named so, one name with the words
 *  before it. A name's owner still ends the run ("Acme's Office", "Roe's Department": no title). */
export function officeOfTitle(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.possessive && (isTitleHead(t.lower) || isPersonNoun(t.lower)) && next !== undefined && adjacent(text, t, next) && nameLike(next)
    && OFFICE_WORDS.has(next.lower) && !next.possessive;
}

/** Token i, a common noun capitalised where no sentence starts, then "for" or "of" and a capitalised word that is no
 *  verb or first name: an organisation named by what it is for ("..., Transport for Tarn said", "Friends of Tarn
 *  Marsh"). A sentence start is left out: there the capital says nothing ("Support for Ada Kim grew"); so is a title or
 *  a noun for one person (not a group's plural: "Citizens for Clean Rivers"), or a party's word, whose "of" names where they serve ("President of Tarn Radio", "Republican of Tarnland"). */
export function commonNounInstitution(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const join = tokens[i + 1];
  const after = tokens[i + 2];
  return !t.sentenceStart && !t.possessive && isCommonWord(t.lower) && !isDemonym(t.lower) && !isKnownName(t.lower)
    && !isTitleHead(t.lower) && !NOT_PERSON_WORDS.has(t.lower) && (!isPersonNoun(t.lower) || isGroupNoun(t.lower))
    && join !== undefined && (join.lower === 'for' || join.lower === 'of') && !join.cap && adjacent(text, t, join)
    && after !== undefined && adjacent(text, join, after) && nameLike(after) && !isVerbForm(after.lower) && firstNameGender(after.lower) === undefined;
}
