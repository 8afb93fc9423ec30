// Step 6, the words before a figure's verb (subject-before.ts): the noun phrase they end with, what the figure
// measures ("the jobless rate" of "the jobless rate stood at"). Words are checked against compromise's lexicon as data.
import { NOUN_PREPOSITIONS, PERIOD_WORDS, SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';
import { EVIDENCE_VERBS_BEFORE_HEAD, LEVEL_NOUNS, NO_HEAD_AFTER_THE, REACHING_VERBS } from '../../lexicon/subject-verbs.js';
import { ADJECTIVE_ONLY, NUMBER_WORDS, tagsOf } from './word-tags.js';
import { lastRuns } from './end-anchored.js';
import { DATE_NAMES } from '../../lexicon/names.js';
import { pluralEnding } from '../../lexicon/plurals.js';

// a whole word of the noun phrase, as subject-before.ts WORD reads one
const WORD_TOKEN = /^(?:[\p{L}][\p{L}'’-]*|\p{N}[\p{N}.]*[-‐‑]\p{L}[\p{L}-]*)$/u;
// the noun phrase is read from at most this many words before the verb ("The number of flu cases in the region rose")
const PHRASE_WORDS = 8;
const OPENING = /^[\p{Ps}\p{Pi}"'“‘]+/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;
const POSSESSIVE = /\p{L}['’]s?$/u;
const ARTICLE = /^(?:the|a|an|its|their|his|her|our)$/i;
const UNKNOWN_ADVERB = { test: (w: string): boolean => /^\p{Ll}+ly$/u.test(w) && tagsOf(w).length === 0 };
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Adverb', 'Possessive']);

/** The noun phrase at the end of `words`: after the last determiner or verb, nouns and adjectives only. */
function nounPhrase(words: string[]): string | null {
  // keep the words after the last determiner, and only nouns and adjectives
  let from = 0;
  // and after the last verb ("the firm delivered margin expansion of", "the report shows revenue of") or preposition
  // ("at typical running pressures of"; not "to", before a verb as often: "ordered to pay restitution of")
  // (an adverb the lexicon does not know ends what came before too: "the glumly quoted rate")
  // (an -ing word before a possessive is a participle's verb: "topping analysts' estimates of" -> "analysts' estimates")
  words.forEach((w, i) => { if (DETERMINER.test(w) || (i < words.length - 1 && (verbBefore(w) || UNKNOWN_ADVERB.test(w) || (NOUN_PREPOSITIONS.has(w.toLowerCase()) && w !== 'to')
    || (/^\p{Ll}+ing$/u.test(w) && POSSESSIVE.test(words[i + 1]!)) || (i > 0 && pluralsVerb(words[i - 1]!, w))))) from = i + 1; });
  // (a month or weekday before the head says when, not what: "its October forecast of" -> 'forecast')
  while (from < words.length - 1 && /^\p{Lu}/u.test(words[from]!) && DATE_NAMES.has(words[from]!.toLowerCase())) from++;
  const phrase = words.slice(from);
  // (after "the" or a possessive one adjective is a noun, "The firm was", unless a level reached or a pointer back, "the latter")
  const articleAdjective = from > 0 && ARTICLE.test(words[from - 1]!) && !/^an?$/i.test(words[from - 1]!) && !NO_HEAD_AFTER_THE.has(phrase[0]?.toLowerCase() ?? '') ? 1 : 0;
  // the head sits before a verb of level, so it is a noun even when the lexicon also lists a verb ("rate")
  if (phrase.length === 0 || phrase.some((w, i) => STOP_WORDS.has(w.toLowerCase()) || NUMBER_WORDS.has(w.toLowerCase()) || tagsOf(w).some((t) => FUNCTION_TAGS.has(t)) || (i === phrase.length - 1 && lonelyAdjective(w, phrase.length + articleAdjective)))) return null;
  return phrase.join(' ');
}

/**
 * An adjective heading the phrase: a comparative or superlative ("the highest was 9%"), or one lower-case adjective alone
 * ("all of nine seconds", "a low of $1 billion"); one with a word before it or a capital is a noun the lexicon reads as an
 * adjective ("Brent crude", "Gold rose $12").
 */
function lonelyAdjective(w: string, length: number): boolean {
  const tags = tagsOf(w);
  // (a participle in -ed heads no phrase either: "the distance Ona walked is"; nor an irregular one, "the hall where the
  // films are shown has")
  return tags.some((t) => t === 'Comparative' || t === 'Superlative' || t === 'Participle') || /^\p{Ll}+ed$/u.test(w) || (length === 1 && /^\p{Ll}/u.test(w) && tags.some((t) => ADJECTIVE_ONLY.has(t)));
}

/** A bare verb after a plural noun is its verb ("Analysts expect growth of"; "the care costs of" has no plural before). */
const pluralsVerb = (prev: string, w: string): boolean => pluralEnding(prev) && tagsOf(w).join() === 'Infinitive';

/** A verb inside the words before a level: a past or present tense, an unknown -ed, or an -s word before the head. */
function verbBefore(w: string): boolean {
  const tags = tagsOf(w);
  return tags.includes('PastTense') || tags.includes('PresentTense') || (tags.length === 0 && /\p{Ll}ed$/u.test(w)) || /^\p{Ll}+[^siu\W]s$/u.test(w)
    || EVIDENCE_VERBS_BEFORE_HEAD.has(w.toLowerCase());
}

/**
 * The noun phrase the words before a figure's verb end with. With `cut`, a phrase after its head is left out, of place
 * or of whom ("Sea levels in the region", "Vaccination rates among infants in Tarvia": NOUN_PREPOSITIONS), when the
 * words after the preposition hold no verb or function word, and so is a relative clause ("the share of voters who
 * back him"); what an "of" names stays in ("Shares of Norvik", "the number of flu cases").
 */
export function headBefore(words: string[], cut: boolean): string | null {
  if (cut) {
    // (the noun after a preposition is never the verb's subject: with no head before it there is none, "had in fact fallen")
    for (let i = words.length - 2; i > 0; i--) {
      if (NOUN_PREPOSITIONS.has(words[i]!.toLowerCase()) && (nounsOnly(words.slice(i + 1)) || period(words.slice(i + 1)))) return headBefore(words.slice(0, i), true);
    }
  }
  const whole = ofPhrase(words);
  if (whole || !cut) return whole;
  // (a relative with words of its own before the verb: "who back him fell", not "somebody who is 22")
  const relative = words.findIndex((w, i) => i > 0 && i < words.length - 1 && RELATIVE.test(w));
  return relative > 0 ? ofPhrase(words.slice(0, relative)) : null;
}

// (not "that", a complementiser as often: "had argued that enrollment at the two schools had fallen")
const RELATIVE = /^(?:who|which)$/i;
// at most this many "of"s in one phrase ("the price of a loaf of bread")
const MAX_OFS = 2;

/** Whether `words` name a period by its place ("next year", "this quarter": "The budget for next year is $4m"). */
function period(words: string[]): boolean {
  return words.length === 2 && PERIOD_PLACE.test(words[0]!) && PERIOD_WORDS.has(words[1]!.toLowerCase());
}
const PERIOD_PLACE = /^(?:next|last|this|each|every)$/i;

/** Whether `words` hold no verb and no function word a phrase of place ends at ("the till", "the two depots"; not "Monday that prices"). */
function nounsOnly(words: string[]): boolean {
  // (the last word is the phrase's head: a plural in -s there is a noun, "among toddlers")
  // (an article or a possessive passes; "that" and "this" do not: "on Monday that its profit fell")
  // (and an article alone is none: "went to the top 5 percent", where "top" is no verb)
  return words.length > 0 && !ARTICLE.test(words[words.length - 1]!) && words.every((w, i) => ARTICLE.test(w) || (!STOP_WORDS.has(w.toLowerCase()) && (i === words.length - 1 || !verbBefore(w))));
}

/** Whether `words` are one noun phrase, its determiner included ("the region", "the north of the country"). */
function wholePhrase(words: string[]): boolean {
  const rest = words.length > 1 && DETERMINER.test(words[0]!) ? words.slice(1) : words;
  return ofPhrase(rest) === rest.join(' ');
}

/** nounPhrase, with "X of (the) Y" read as one phrase when both X and Y are noun phrases of their own. */
function ofPhrase(words: string[], depth = 0): string | null {
  const of = words.lastIndexOf('of');
  if (of > 0 && of < words.length - 1 && depth < MAX_OFS) {
    const head = ofPhrase(words.slice(0, of), depth + 1);
    const tail = words.slice(of + 1);
    if (head && wholePhrase(tail)) return `${head} of ${tail.join(' ')}`;
  }
  return nounPhrase(words);
}

/** The last words before `end` that can be the noun phrase's (none across punctuation or a number), at most PHRASE_WORDS. */
export function wordsBefore(window: string, end: number): string[] {
  const words: string[] = [];
  for (const run of lastRuns(window.slice(0, end), PHRASE_WORDS)) {
    // (a line break is no blank to lastRuns: "brands.\n\nRevenue" ends with the word after it; so does an opening
    // quote mark or bracket: "the “corn price")
    const word = run.text.slice(run.text.search(/\S+$/)).replace(OPENING, '');
    if (WORD_TOKEN.test(word)) words.unshift(word);
    if (word !== run.text || !WORD_TOKEN.test(word)) break;
  }
  return words;
}

/**
 * "Copper prices hit a two-year high of $9,800", "Shares fell to a record low of $3": the level noun names no subject;
 * the noun before its verb does (a LEVEL_NOUNS word after one of REACHING_VERBS, or after "to" and any verb). Undefined
 * when `words` (ending at the level noun) are not of that shape.
 */
export function beforeLevelNoun(words: string[]): string | null | undefined {
  const n = words.length;
  if (n < 3 || !LEVEL_NOUNS.has(words[n - 1]!.toLowerCase())) return undefined;
  // the article at most two words before the noun ("a high", "a two-year high", "an all-time record high")
  let a = n - 2;
  while (a >= n - 4 && a > 0 && !ARTICLE.test(words[a]!)) a--;
  if (a <= 0 || !ARTICLE.test(words[a]!)) return undefined;
  // the verb before the article, or before "to" and the article ("fell to a record low")
  const to = words[a - 1] === 'to';
  const v = to ? a - 2 : a - 1;
  const verb = words[v];
  if (verb === undefined || (!to && !REACHING_VERBS.has(verb.toLowerCase()))) return undefined;
  return v > 0 ? headBefore(words.slice(0, v), true) : null;
}
