// Which capitalised tokens can be part of a name: not pronouns, dates or ordinary words in capitals ("THE MINISTER
// SAID NO"), and lower-case words only with a name prefix ("al-Assad"). Read by the runs and by their classes.
import type { Token } from './tokens.js';
import { PRONOUNS } from '../../lexicon/pronouns.js';
import { NAME_PREFIX, NOT_NAMES } from '../../lexicon/names.js';
import { PARTY_LETTERS, STATE_ABBREVIATIONS, UNABBREVIATED_STATES } from '../../lexicon/places.js';
import { TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { LETTER_CURRENCIES, LETTER_CURRENCY_SCALES } from '../../lexicon/currencies.js';
import { alternation } from '../alternation.js';
import { isCommonWord, isDateWord, isFunctionWord, isTitleHead } from './words.js';

export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'central', 'upper', 'lower', 'united', 'saudi']);
export const US_LIKE = new Set(['u.s', 'u.k', 'us', 'uk', 'usa', 'uae']);

// "Post-1989", "Pre-2008", "Mid-1990s": a prefix joined to a number names a time, not anyone
const PREFIX_TO_NUMBER = /^\p{Lu}\p{Ll}+-\d/u;
// "Ex-Navy", "ex-Mayor": the prefix of a former role
const EX_PREFIX = /^[Ee]x-\p{L}/u;
/** "Ex-Navy", "Ex-Mayor": a word of a former role or service, which a description holds ("Ex-Navy chief"), no name. */
export const formerPrefixed = (t: Token): boolean => t.text.includes('-') && EX_PREFIX.test(t.text);
// "Sixty-one percent said": a number written in words, capitalised as a sentence opens, is no name either
const numberWord = (w: string): boolean => Object.hasOwn(TENS_WORDS, w) || Object.hasOwn(UNIT_WORDS, w);

// "D-Ore", "R-Ohio", "I-Vt": a lawmaker's party and state (AP style), no name of anyone
const partyTag = (w: string): boolean => w.length <= 8 && PARTY_LETTERS.has(w[0]!) && w[1] === '-' && (STATE_ABBREVIATIONS.has(w.slice(2)) || UNABBREVIATED_STATES.has(w.slice(2)));

// a hyphen or an apostrophe among a word's second to fifth characters (a name prefix's mark: "al-", "O'"), by code:
// nameLike asks it of every lower-case word
const PREFIX_MARKS: ReadonlySet<number> = new Set([...'-‑\'’'].map((c) => c.charCodeAt(0)));
function earlyPrefixMark(w: string): boolean {
  for (let k = 1; k < 5 && k < w.length; k++) if (PREFIX_MARKS.has(w.charCodeAt(k))) return true;
  return false;
}

export function nameLike(t: Token): boolean {
  if (!t.word) return false;
  // lower-case words count only with a name prefix ("al-Assad"): test the cheap part (a hyphen or apostrophe early) first
  if (!(t.cap || (t.text.length > 3 && earlyPrefixMark(t.text) && NAME_PREFIX.test(t.text)))) return false;
  // (after the shape test, which most words fail: the hyphen test is then run on name-shaped words only)
  if (t.text.includes('-') && (PREFIX_TO_NUMBER.test(t.text) || t.lower.split('-').every(numberWord) || partyTag(t.lower))) return false;
  // "Ex-Navy chief", "Ex-Mayor Ivo Berg": a former role or service, a description's word, never a name's
  if (formerPrefixed(t)) return false;
  if (NOT_NAMES.has(t.lower) || isDateWord(t.lower)) return false;
  if (!t.allCaps && PRONOUNS.has(t.lower)) return false;
  // words in capitals ("THE MINISTER SAID NO"): ordinary words stay words; names and acronyms go on
  if (t.allCaps && !t.dotted && !US_LIKE.has(t.lower) && !isTitleHead(t.lower) && (isCommonWord(t.lower) || isFunctionWord(t.lower) || PRONOUNS.has(t.lower))) return false;
  return true;
}

// "R2.7 billion", "R450 million", "KSh2bn", "Sh500,000": a currency's letters glued to an amount are money (the rand,
// the shilling: figures/money-before.ts), not an acronym that could speak. A bare "R" is money only before the shape
// of an amount (a scale word or suffix, thousands in groups), as there: "the R45" is a road, "R2-D2" a robot
// (the scale suffixes are the lexicon's, as figures/money-before.ts reads them)
const SCALES = alternation(LETTER_CURRENCY_SCALES);
const LETTERS_THEN_DIGITS = new RegExp(String.raw`^(${alternation(Object.keys(LETTER_CURRENCIES))})\d+(${SCALES})?$`);
const AMOUNT_AFTER = new RegExp(String.raw`^(?:\.\d+)?[ \t\u00a0]?(?:million|billion|trillion|thousand|${SCALES})(?![\p{L}\p{N}])|^,\d{3}(?!\d)`, 'u');

/** True when word token `t` is a currency's letters glued to the digits of an amount ("R2" of "R2.7 billion"). */
export function currencyAmount(text: string, t: Token): boolean {
  const m = LETTERS_THEN_DIGITS.exec(t.text);
  if (!m) return false;
  return m[1] !== 'R' || m[2] !== undefined || AMOUNT_AFTER.test(text.slice(t.end, t.end + 16));
}
