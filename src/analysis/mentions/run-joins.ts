// Plural nouns and apostrophes inside an organisation's name ("Dock Workers Federation", "Pine Cove Nurses' Union",
// "Tarn Fishermen's Association")
// and organisation words a few names ahead ("Soil and Seed Administration"): where a run of names goes on.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import { nameLike } from './name-shape.js';
import { isAdjectiveOrNoun, isGroupNoun, isKnownName, isKnownWord, isOrganizationWord, isPluralNoun } from './words.js';

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
