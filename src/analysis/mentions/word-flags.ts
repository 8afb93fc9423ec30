// Single words' facts from compromise's lexicon, used as DATA (a map lookup per word; no parse): names, places,
// dates, parts of speech, as bits computed once per distinct word. The mention rules ask them through words.ts.
import type { Gender } from '../../lexicon/pronouns.js';
import { compromiseLexicon } from './compromise-lexicon.js';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, boolean> };
}
// the parts of compromise's model the rules read, from its snapshot (compromise-lexicon.ts)
export const model: Model = { one: { lexicon: compromiseLexicon.lexicon }, two: { orgWords: compromiseLexicon.orgWords } };
export const lexicon = model.one.lexicon;

/**
 * compromise's tags for a word or phrase ("New Zealand"), any case, [] when unknown: the one reader of the lexicon's
 * tags, for the mention rules and the figures steps. Own keys only ("constructor" is no lexicon entry).
 */
export function tagsOf(word: string): readonly string[] {
  const key = word.toLowerCase();
  const t = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
// tags that show a capitalised sentence-initial word is just a word ("The", "Speaking", "However")
const NAME_OR_PLACE = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Demonym', 'Organization', 'ProperNoun', 'SportsTeam']);
// Function words: never part of a description's modifiers.
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
  'Adverb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Auxiliary', 'Negative', 'Possessive', 'Reflexive', 'Expression']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Gerund', 'Auxiliary']);
// Closed-class words and adverbs: words that never name a thing (unlike "plan", which compromise tags Infinitive).
const CLOSED_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Auxiliary', 'Negative', 'Adverb']);
const NOUN_TAGS = new Set(['Singular', 'Noun', 'Uncountable']);

// Each word's facts as bits, computed once per distinct word: the rules ask many questions of the same few
// thousand words, and a map lookup plus a bit test is far cheaper than walking tag arrays each time.
const F = {
  known: 1, name: 2, male: 4, female: 8, first: 16, place: 32, country: 64, demonym: 128, org: 256, date: 512,
  common: 1024, fn: 2048, verb: 4096, plural: 8192, adjective: 16384, noun: 32768, pureNoun: 65536, closed: 131072,
} as const;
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

function flags(lower: string): number {
  let f = cache.get(lower);
  if (f !== undefined) return f;
  const tags = tagsOf(lower);
  f = 0;
  if (tags.length > 0) f |= F.known;
  let nameOrPlace = false;
  let allNoun = tags.length > 0;
  for (const t of tags) {
    if (NAME_TAGS.has(t)) f |= F.name;
    if (t === 'MaleName') f |= F.male;
    if (t === 'FemaleName') f |= F.female;
    if (t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') f |= F.first;
    if (PLACE_TAGS.has(t)) f |= F.place;
    if (t === 'Country') f |= F.country;
    if (t === 'Demonym') f |= F.demonym;
    if (t === 'Organization') f |= F.org;
    if (t === 'WeekDay' || t === 'Month' || t === 'Date') f |= F.date;
    if (NAME_OR_PLACE.has(t)) nameOrPlace = true;
    if (FUNCTION_TAGS.has(t)) f |= F.fn;
    if (VERB_TAGS.has(t)) f |= F.verb;
    if (CLOSED_TAGS.has(t)) f |= F.closed;
    if (t === 'Plural') f |= F.plural;
    if (t === 'Adjective' || t === 'Demonym') f |= F.adjective;
    if (NOUN_TAGS.has(t)) f |= F.noun;
    else allNoun = false;
  }
  if (tags.length > 0 && !nameOrPlace) f |= F.common;
  if (allNoun) f |= F.pureNoun;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, f);
  return f;
}

/** First-name gender from compromise's name lists: 'male', 'female', null (a first name of either), undefined (not one). */
export function firstNameGender(lower: string): Gender | undefined {
  const f = flags(lower);
  if (f & F.male) return 'male';
  if (f & F.female) return 'female';
  if (f & F.first) return null;
  return undefined;
}
export const isKnownWord = (lower: string): boolean => (flags(lower) & F.known) !== 0;
export const isKnownName = (lower: string): boolean => (flags(lower) & F.name) !== 0;
export const isPlace = (lower: string): boolean => (flags(lower) & F.place) !== 0;
export const isCountry = (lower: string): boolean => (flags(lower) & F.country) !== 0;
export const isDemonym = (lower: string): boolean => (flags(lower) & F.demonym) !== 0 || demonymPerson(lower);
// "Irishwoman", "Frenchman", "Dutchwoman": a person of a nationality that compromise lists only as the adjective
// (isDemonym runs on most capitalised words: the suffix check spares them the regex)
const demonymPerson = (lower: string): boolean => lower.endsWith('man') && /^\p{Ll}{3,}(?:wo)?man$/u.test(lower) && ((flags(lower.replace(/(?:wo)?man$/, '')) & F.demonym) !== 0);
export const isKnownOrganization = (lower: string): boolean => (flags(lower) & F.org) !== 0;
export const isDateWord = (lower: string): boolean => (flags(lower) & F.date) !== 0;
/** A word compromise knows only as an ordinary word (not a name, place or organisation). */
export const isCommonWord = (lower: string): boolean => (flags(lower) & F.common) !== 0;
export const isFunctionWord = (lower: string): boolean => (flags(lower) & F.fn) !== 0;
/** Determiners, prepositions, conjunctions, pronouns, auxiliaries, adverbs: words that never name a thing. */
export const isClosedClassWord = (lower: string): boolean => (flags(lower) & F.closed) !== 0;
export const isVerbForm = (lower: string): boolean => (flags(lower) & F.verb) !== 0;
export const isPluralNoun = (lower: string): boolean => (flags(lower) & F.plural) !== 0;
export const isAdjective = (lower: string): boolean => (flags(lower) & F.adjective) !== 0;
/** Adjective or noun by compromise's lexicon (the words a description's modifiers are made of). */
export const isAdjectiveOrNoun = (lower: string): boolean => (flags(lower) & (F.adjective | F.noun)) !== 0;
/** Only ever a singular or mass noun ("build-up", "car"), never an adjective or verb. */
export const isPureNoun = (lower: string): boolean => (flags(lower) & F.pureNoun) !== 0;
