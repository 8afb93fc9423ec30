// Step 1: words and punctuation with offsets, the one pass over the raw text that every later step reads.
import { TITLE_ABBREVIATIONS as SPLITTER_TITLES, MID_ABBREVIATIONS, NUMBER_REFERENCES } from '../../lexicon/abbreviations.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { NAME_SUFFIXES } from '../../lexicon/names.js';
import { isBlankCode } from '../segment/blanks.js';
import { isApostropheCode } from '../segment/letters.js';
import { startsWithLetter, tokenEnd } from './token-start.js';
import { ESCAPE_START, escapeLength } from './escapes.js';

export interface Token {
  text: string;
  /** Lower case, curly apostrophe made straight, final period dropped ("sen." -> "sen"). */
  lower: string;
  start: number;
  end: number;
  /** A word (starts with a letter) rather than a number or a punctuation mark. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO"). */
  allCaps: boolean;
  /** An initial ("J.", "J.R.") or a dotted acronym ("U.S."). */
  dotted: boolean;
  /** Ends in a possessive "'s" / "’s" ("Acme’s"): `nameEnd` is where the name itself ends. */
  possessive: boolean;
  nameEnd: number;
  /** First word of a sentence or paragraph (capitalised for grammar, not for being a name). */
  sentenceStart: boolean;
}

// After a plural possessive's apostrophe ("the teachers' union"): a space, then a lower-case word.
const PLURAL_POSSESSIVE_AFTER = /^['’] \p{Ll}/u;

const DOT_WORDS = new Set([...SPLITTER_TITLES, ...MID_ABBREVIATIONS, ...NUMBER_REFERENCES, ...HONORIFICS.keys(), ...TITLE_ABBREVIATIONS.keys(), ...NAME_SUFFIXES]);
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', '’', '»', ')']);
const OPENERS = new Set(['“', '"', '‘', '«', '„', '(', '[', ':', '—', '–', '-', '•', '*']);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();
/** Any lower-case letter (ASCII fast path, then the general test). */
function hasLower(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(word);
  }
  return false;
}
// Titles keep their period even before a capital ("Sen. Roe"); other abbreviations only before a lower-case word or a
// number ("No. 5", "Acme Inc. said"), since "said no. The ..." ends a sentence.
const TITLE_DOTS = new Set([...SPLITTER_TITLES, ...HONORIFICS.keys(), ...TITLE_ABBREVIATIONS.keys()]);
function upperNext(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k < from + 3 && (text[k] === ' ' || text[k] === '\n')) k++;
  const ch = text[k];
  return ch !== undefined && isUpper(ch);
}
const CONTRACTION = /'(?:d|ll|ve|re|m)$/;

/** A line break between two offsets (scans only the gap, so the whole pass stays linear). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  while (next < text.length) {
    const at = next;
    const c0 = text.charCodeAt(at);
    if (isBlankCode(c0)) { next++; continue; }
    next = tokenEnd(text, at);
    const word = text.slice(at, next);
    // terminal escape sequences ("\x1b[2J") are no text: their letters are not names
    if (ESCAPE_START.has(word)) {
      const n = escapeLength(text, at);
      if (n > 0) next = at + n;
      continue;
    }
    let end = next;
    const isWord = startsWithLetter(text, at, c0);
    const dottedAcronym = isWord && word.includes('.');
    // punctuation and numbers need no lower-casing, and only words with an apostrophe need the apostrophe rules;
    // one scan of the word finds its apostrophes and whether lower-casing could change it (an upper-case ASCII
    // letter or any other non-ASCII unit): most words are plain lower-case ASCII and are their own lower case
    let apostrophe = false;
    let mayChange = false;
    if (isWord) {
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        if (isApostropheCode(c)) apostrophe = true;
        else if (c >= 128 || (c >= 65 && c <= 90)) mayChange = true;
      }
    }
    let lower = mayChange ? word.toLowerCase() : word;
    if (apostrophe && lower.includes('’')) lower = lower.replace(/’/g, "'");
    const cap = isWord && (c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpper(word[0]!));
    // "Sen." "Mr." "Jr." and single initials keep their period: it does not end the sentence
    if (isWord && !dottedAcronym && text.charCodeAt(end) === 46 && (TITLE_DOTS.has(lower) || (cap && word.length === 1) || (DOT_WORDS.has(lower) && !upperNext(text, end + 1)))) {
      end++;
      next = end;
    }
    if (dottedAcronym) lower = lower.slice(0, -1);
    // a plural possessive ("the teachers' union", "workers’ pay"): an apostrophe right after the s, before a
    // lower-case word; it joins the word as "'s" does (a closing single quote comes after punctuation, not here)
    // (the apostrophe is checked by code first: most words ending in s have none after them)
    const pluralPossessive = isWord && !dottedAcronym && end === at + word.length && word.length > 2 && lower.endsWith('s')
      && isApostropheCode(text.charCodeAt(end)) && PLURAL_POSSESSIVE_AFTER.test(text.slice(end, end + 3));
    if (pluralPossessive) {
      end++;
      next = end;
    }
    // the singular possessive ("Roe's"): its "'s" leaves the word and the name
    const apostropheS = !pluralPossessive && apostrophe && word.length > 2 && lower.endsWith("'s");
    const possessive = pluralPossessive || apostropheS;
    if (apostropheS) lower = lower.slice(0, -2);
    // "I’d", "we’ll", "they’re": the pronoun is what counts
    else if (apostrophe && CONTRACTION.test(lower)) lower = lower.replace(CONTRACTION, '');
    const prev = tokens[tokens.length - 1];
    // after ". or ?” the sentence has ended too (asked last, only after a punctuation token that is no
    // sentence end or opener, rather than computed for every token)
    const sentenceStart = !prev || (!prev.word && (SENTENCE_END.has(prev.text) || OPENERS.has(prev.text)
      || (CLOSERS.has(prev.text) && SENTENCE_END.has(tokens[tokens.length - 2]?.text ?? ''))))
      || (at - prev.end > 0 && lineBreakBetween(text, prev.end, at));
    tokens.push({
      text: end === at + word.length ? word : text.slice(at, end),
      lower,
      start: at,
      end,
      word: isWord,
      cap,
      allCaps: cap && word.length > 1 && !hasLower(apostropheS ? word.slice(0, -2) : word),
      dotted: dottedAcronym || (cap && word.length === 1 && end > at + 1),
      possessive,
      nameEnd: pluralPossessive ? at + word.length : apostropheS ? at + word.length - 2 : end,
      sentenceStart,
    });
  }
  return tokens;
}

/** True when only one blank (a space, no line break) separates two tokens: they may belong to one name. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}
