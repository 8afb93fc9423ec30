// Abbreviations that end in a period without ending a sentence. Used by the sentence splitter.
// Lower-case, without the final period.
import { STATE_ABBREVIATIONS } from './places.js';
import { DATE_NAMES } from './names.js';
import { TIME_ZONE_ABBREVIATIONS, TIME_ZONE_WORDS } from './time-zones.js';

/** Titles and honorifics: always followed by a name, so a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'fr', 'hon', 'pres',
  // military and police ranks, common in news datelines and bylines
  'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt', 'adm', 'cmdr', 'brig', 'pvt', 'insp', 'supt',
  // political titles of US and UK news style
  'sen', 'rep', 'gov', 'amb', 'atty', 'sec', 'supt', 'treas',
]);

/**
 * Plural titles before two or more names ("Sens. Ada Roe and Bo Lind", "Drs. Roe and Lind"). Only capitalised: in lower
 * case some are words that end sentences ("met the sales reps. Then ...").
 */
export const PLURAL_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['sens', 'reps', 'govs', 'gens', 'drs', 'profs']);

/** Months in AP style ("Jan. 5"): mid-sentence abbreviations, and words that go on with a clock time. */
const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Abbreviations that usually sit mid-sentence (before a number, a name or more words). */
export const MID_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...MONTH_ABBREVIATIONS,
  // address and reference words ('sec' also opens a title, "Sec. Ana Roe"; the number words are below)
  'sec', 'ave', 'blvd', 'rd', 'mt', 'ft',
  // Latin and list abbreviations
  'vs', 'v', 'etc', 'cf', 'al', 'approx', 'est', 'dept', 'univ', 'assn', 'corp', 'inc', 'ltd', 'co', 'bros',
  // US states in AP style (places.ts, the one list): the single words; the dotted ones ("N.Y.") the splitter reads by
  // their inner period
  ...[...STATE_ABBREVIATIONS].filter((s) => !s.includes('.')),
]);

/**
 * Abbreviations of a number's reference ("No. 5", "Vol. 3", "p. 12", "Fig. 2", "Art. 9"): mid-sentence only before a
 * digit. Before anything else the period ends a sentence: "no" is far more often the word ("He voted no. Lusk said").
 */
export const NUMBER_REFERENCES: ReadonlySet<string> = new Set(['no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'ch', 'art']);

/**
 * Words that, after an ambiguous abbreviation ("U.S.", "Inc.", "etc."), show that a new sentence
 * has begun: function words that start sentences but rarely follow an abbreviation mid-sentence.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'so', 'yet', 'this', 'that',
  'these', 'those', 'there', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'his', 'her', 'its', 'their', 'our', 'my', 'what', 'why', 'how', 'who', 'meanwhile', 'however', 'still',
]);

/** Clock abbreviations ("8 p.m."), as the splitter reads them: without the final period. */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/**
 * Capitalised words that go on with a clock time ("8 p.m. Friday", "9 a.m. Jan. 5", "8 p.m. ET"); any other capitalised
 * word after "a.m."/"p.m." opens a new sentence ("Polls close at 8 p.m. Results are due by midnight."). Lower-case.
 */
export const CLOCK_CONTINUATIONS: ReadonlySet<string> = new Set([
  ...DATE_NAMES,
  ...MONTH_ABBREVIATIONS,
  ...TIME_ZONE_ABBREVIATIONS.map((w) => w.toLowerCase()),
  ...TIME_ZONE_WORDS.map((w) => w.toLowerCase()),
]);
