// Step 2: runs of capitalised words ("Foreign Minister Jane Roe", "Acme Corp", "New Zealand’s"), each split
// into a title and a name and classed as a person, organisation, country, place, demonym or group. Names that no
// lexicon knows are found by their shape: capitalised words, initials, particles, hyphens, apostrophes.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import { classify } from './classify-run.js';
import { ADJECTIVE_SHAPE } from './description-words.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { PRONOUNS } from '../../lexicon/pronouns.js';
import { NAME_PARTICLES, NAME_PREFIX, NOT_NAMES } from '../../lexicon/names.js';
import { ROLE_DOMAINS, ROLE_TIME_WORDS } from '../../lexicon/titles.js';
import { GROUP_PROPER_NOUNS } from '../../lexicon/organisations.js';
import {
  firstNameGender, isAdjectiveOrNoun, isCommonWord, isDateWord, isDemonym, isDocumentHead, isFunctionWord, isGroupNoun, isKnownName, isKnownWord, isOrganizationHead,
  isOrganizationWord, isPlace, isPluralNoun, isTitleHead, isVerbForm,
} from './words.js';

export type RunKind = 'person' | 'organization' | 'country' | 'place' | 'demonym' | 'group' | 'title' | 'none';

export interface Run {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** First token of the name proper, after any title. */
  nameFirst: number;
  kind: RunKind;
  /** Role from a title ("foreign minister" from "Foreign Minister"), lower case. */
  role: string | null;
  gender: Gender;
  /** The last word carries a possessive "'s" ("Spain’s finance minister"). */
  possessive: boolean;
}

// Longest run considered: longer capitalised stretches are headlines or shouting, not names.
const MAX_RUN = 12;
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'central', 'upper', 'lower', 'united', 'saudi']);
export const US_LIKE = new Set(['u.s', 'u.k', 'us', 'uk', 'usa', 'uae']);

export function nameLike(t: Token): boolean {
  if (!t.word) return false;
  // lower-case words count only with a name prefix ("al-Assad"): test the cheap part (a hyphen or apostrophe early) first
  if (!(t.cap || (t.text.length > 3 && /[-‑'’]/.test(t.text.slice(1, 5)) && NAME_PREFIX.test(t.text)))) return false;
  if (NOT_NAMES.has(t.lower) || isDateWord(t.lower)) return false;
  if (!t.allCaps && PRONOUNS.has(t.lower)) return false;
  // words in capitals ("THE MINISTER SAID NO"): ordinary words stay words; names and acronyms go on
  if (t.allCaps && !t.dotted && !US_LIKE.has(t.lower) && !isTitleHead(t.lower) && (isCommonWord(t.lower) || isFunctionWord(t.lower) || PRONOUNS.has(t.lower))) return false;
  return true;
}

// particles that open a surname at the start of a sentence; "Do", "E", "Y" open questions and phrases far more often
const SENTENCE_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES].filter((p) => !['do', 'e', 'y', 'af', 'av', 'zu', 'ten', 'den', 'das', 'dos'].includes(p)));

/** A capitalised first word of a sentence that is just a word ("The", "Speaking", "Officials"). */
function ordinarySentenceStart(t: Token, next: Token | undefined, lowerSeen: ReadonlySet<string>, after?: Token): boolean {
  if (!t.sentenceStart || t.allCaps || t.dotted) return false;
  if (isTitleHead(t.lower) || firstNameGender(t.lower) !== undefined || isPlace(t.lower) || isDemonym(t.lower)) return false;
  // "De la Cruz said", "Van der Berg said": a name particle opening a name (not "Do voters ...", "Van drivers")
  if (next && SENTENCE_PARTICLES.has(t.lower) && (next.cap || (NAME_PARTICLES.has(next.lower) && !next.cap))) return false;
  // "Local schools want", "Regional officials said": a word shaped like an adjective before a lower-case plural of
  // people or bodies modifies it (some such adjectives are missing from the lexicon)
  if (next && !next.cap && next.word && ADJECTIVE_SHAPE.test(t.lower) && (isGroupNoun(next.lower) || isPluralNoun(next.lower))) return true;
  // "Internal emails show", "Regional hospitals warned": a word the lexicon does not know, before a lower-case noun
  // for a body or a document, modifies it (before a person noun or a named body it joins the description as a name
  // would: "Rangers boss Ola Brenn", "Consumer advocate Ana Roe", "Consumer group Tapwatch")
  if (next && !next.cap && next.word && !isKnownWord(t.lower) && isOrganizationHead(next.lower) && !after?.cap) return true;
  // "Republicans said": a political camp, found as a group
  if (GROUP_PROPER_NOUNS.has(t.lower)) return false;
  // "Strategists said", "Voters are": plural person nouns are groups, not surnames
  if (isGroupNoun(t.lower)) return true;
  if (next && isPlace(`${t.lower} ${next.lower}`)) return false;
  // "Foreign Minister Jane Roe" at the start of a sentence: the domain word opens a title
  if (next && next.cap && ROLE_DOMAINS.has(t.lower) && isTitleHead(next.lower)) return false;
  // "Former Gov. Jane Roe", "Acting Director John Doe"
  if (next && next.cap && ROLE_TIME_WORDS.has(t.lower)) return false;
  // a role word alone ("Defense said"), no title following
  if (ROLE_DOMAINS.has(t.lower) && !next?.cap) return true;
  // documents that speak for their authors ("Data from the bureau show", "Records show"): nouns, not surnames
  if (isDocumentHead(t.lower)) return true;
  // adverbs and contractions no lexicon lists ("Obviously", "Don't")
  if (/ly$/.test(t.lower) || /n't$/.test(t.lower)) return true;
  return isCommonWord(t.lower) || lowerSeen.has(t.lower);
}

// a plural noun, of people ("nurses", which the lexicon lists only as a verb) or of things
const pluralNoun = (lower: string): boolean => isPluralNoun(lower) || isGroupNoun(lower);
// a word the lexicon knows only as a verb ("Say" in "Officials Say Nurses Union ..."): no word of a name before the plural
const verbOnly = (lower: string): boolean => isKnownWord(lower) && !isAdjectiveOrNoun(lower) && !isKnownName(lower);
// token k is a capitalised organisation word right after token k-1 ("Union" in "Nurses Union")
function orgWordAt(text: string, tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && adjacent(text, tokens[k - 1]!, w) && nameLike(w) && isOrganizationWord(w.lower);
}
// token k is an apostrophe stuck to token k-1 (a plural's possessive: "Nurses' Union")
function apostropheAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  return w !== undefined && (w.text === "'" || w.text === '’') && w.start === tokens[k - 1]!.end;
}
// token j+1 is a plural noun with an organisation word after it (its possessive apostrophe between or not), and
// token j no verb: the plural is a word of the organisation's name ("Dock Workers Federation")
function pluralOfName(text: string, tokens: Token[], j: number): boolean {
  return pluralNoun(tokens[j + 1]!.lower) && !verbOnly(tokens[j]!.lower)
    && (orgWordAt(text, tokens, j + 2) || (apostropheAt(tokens, j + 2) && orgWordAt(text, tokens, j + 3)));
}

/** An organisation word among the next few adjacent capitalised words from token k ("Drug Administration"). */
function orgWordAhead(text: string, tokens: Token[], k: number): boolean {
  for (let m = k; m < k + 4 && tokens[m] && nameLike(tokens[m]!) && (m === k || adjacent(text, tokens[m - 1]!, tokens[m]!)); m++) {
    if (isOrganizationWord(tokens[m]!.lower)) return true;
  }
  return false;
}

export function findRuns(text: string, tokens: Token[]): { runs: Run[]; runAt: Int32Array } {
  // words written in lower case somewhere in the document; only the capitalised sentence starts are asked about,
  // so collect those first and keep just them (a set of a few hundred rather than of every word)
  const starts = new Set<string>();
  for (const t of tokens) if (t.sentenceStart && t.cap) starts.add(t.lower);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap && starts.has(t.lower)) lowerSeen.add(t.lower);
  const runs: Run[] = [];
  const runAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!nameLike(t) || ordinarySentenceStart(t, tokens[i + 1], lowerSeen, tokens[i + 2])) continue;
    let j = i;
    // past an institution's "of", "for" or "&" a gerund is a word of its name ("Office for Fair Pricing"), not a
    // headline's verb ("Ministry of Energy Says ..." still ends at "Energy")
    let inInstitution = false;
    while (j - i < MAX_RUN && !tokens[j]!.possessive) {
      const next = tokens[j + 1];
      if (!next) break;
      const after = tokens[j + 2];
      // "Pine Cove Nurses' Union", "Dock Workers Federation": a plural noun before an organisation word is part of
      // its name, its possessive apostrophe too (a headline's verb is no plural noun: "Roe Says Unions ...")
      if (apostropheAt(tokens, j + 1) && pluralNoun(tokens[j]!.lower) && orgWordAt(text, tokens, j + 2)) { j += 2; inInstitution = true; continue; }
      if (!adjacent(text, tokens[j]!, next)) break;
      // a capitalised verb ends the run ("Roe Says" in a headline), unless the pair is a known name ("United States")
      // or the word is a trade a company is named by ("Velmar Shipping Company", "Dunn Mining")
      if (nameLike(next) && !(isVerbForm(next.lower) && isCommonWord(next.lower) && !isOrganizationWord(next.lower) && !(inInstitution && next.lower.endsWith('ing'))
        && !pluralOfName(text, tokens, j) && !isKnownWord(`${tokens[j]!.lower} ${next.lower}`))) { j++; continue; }
      // "Marsh & Ollen", "Office for Fair Trading": a firm's "&" between two names, and an organisation word's "for"
      // ("Commission for Racial Equality") join one name; a person's name holds neither
      if ((next.text === '&' || (next.lower === 'for' && isOrganizationWord(tokens[j]!.lower))) && after && adjacent(text, next, after)
        && nameLike(after) && !isVerbForm(after.lower)) { j += 2; inInstitution = true; continue; }
      // "Soil and Seed Administration", "Department of Ports and Inland Waters": an "and" inside an institution's
      // name, when the capitalised words after it run on to an organisation word ("Ann and Bo Lind" holds none)
      // (not after a name complete with its own organisation word: "Tarvo News and Ostria News" are two)
      if (next.lower === 'and' && after && adjacent(text, next, after) && nameLike(after) && firstNameGender(tokens[i]!.lower) === undefined
        && (j === i || !isOrganizationWord(tokens[j]!.lower))
        && firstNameGender(after.lower) === undefined && orgWordAhead(text, tokens, j + 2)) { j += 2; inInstitution = true; continue; }
      // particles inside a name: "Ludwig van Beethoven", "Ana de la Vega" (up to three in a row)
      if (NAME_PARTICLES.has(next.lower) && !next.cap) {
        let k = j + 1;
        while (k - j <= 3 && tokens[k + 1] && NAME_PARTICLES.has(tokens[k + 1]!.lower) && !tokens[k + 1]!.cap && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
        const target = tokens[k + 1];
        if (k - j <= 3 && target && adjacent(text, tokens[k]!, target) && nameLike(target)) { j = k + 1; continue; }
        break;
      }
      // "of" inside an institution or a title: "Ministry of Defense", "Minister of Health", "Bank of Spain"
      if (next.lower === 'of' && (isOrganizationWord(tokens[j]!.lower) || isTitleHead(tokens[j]!.lower) || tokens[j]!.lower === 'republic')) {
        const k = after?.lower === 'the' && tokens[j + 3] && adjacent(text, after, tokens[j + 3]!) ? j + 3 : j + 2;
        const target = tokens[k];
        if (target && after && adjacent(text, next, after) && nameLike(target)) { j = k; inInstitution = true; continue; }
      }
      break;
    }
    const run = classify(tokens, i, j);
    for (let k = i; k <= j; k++) runAt[k] = runs.length;
    runs.push(run);
    i = j;
  }
  return { runs, runAt };
}
