// Step 1: words and punctuation with offsets, the one pass over the raw text that every later step reads.
import { TITLE_ABBREVIATIONS as SPLITTER_TITLES, MID_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { NAME_SUFFIXES } from '../../lexicon/names.js';

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
  /** Ends in a possessive "'s" / "’s" ("Russia’s"): `nameEnd` is where the name itself ends. */
  possessive: boolean;
  nameEnd: number;
  /** First word of a sentence or paragraph (capitalised for grammar, not for being a name). */
  sentenceStart: boolean;
}

// Dotted acronyms and initials first ("U.S.", "J.R."), then words with inner apostrophes and hyphens
// ("O'Neill", "al-Assad"), numbers, and any other single character. Each alternative is linear: the
// repeated groups all begin with a separator that the group before cannot contain.
const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

const DOT_WORDS = new Set([...SPLITTER_TITLES, ...MID_ABBREVIATIONS, ...HONORIFICS.keys(), ...TITLE_ABBREVIATIONS.keys(), ...NAME_SUFFIXES]);
const SENTENCE_END = new Set(['.', '!', '?']);
const OPENERS = new Set(['“', '"', '‘', '«', '„', '(', '[', ':', '—', '–', '-', '•', '*']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    const isWord = /\p{L}/u.test(m[0][0]!);
    let lower = m[0].toLowerCase().replace(/’/g, "'");
    const dottedAcronym = m[0].length > 2 && m[0][1] === '.';
    // "Sen." "Mr." "Jr." and single initials keep their period: it does not end the sentence
    if (isWord && !dottedAcronym && text[end] === '.' && (DOT_WORDS.has(lower) || /^\p{Lu}$/u.test(m[0]))) end++;
    const raw = text.slice(m.index, end);
    if (dottedAcronym) lower = lower.replace(/\.$/, '');
    const possessive = isWord && /['’]s$/i.test(m[0]) && m[0].length > 2;
    if (possessive) lower = lower.slice(0, -2);
    const prev = tokens[tokens.length - 1];
    const sentenceStart = !prev || SENTENCE_END.has(prev.text) || OPENERS.has(prev.text) || /\n/.test(text.slice(prev.end, m.index));
    tokens.push({
      text: raw,
      lower,
      start: m.index,
      end,
      word: isWord,
      cap: isWord && /\p{Lu}/u.test(m[0][0]!),
      allCaps: isWord && m[0].length > 1 && !/\p{Ll}/u.test(m[0]) && /\p{Lu}/u.test(m[0]),
      dotted: dottedAcronym || (raw.length === 2 && raw[1] === '.' && /\p{Lu}/u.test(raw[0]!)),
      possessive,
      nameEnd: possessive ? m.index + m[0].length - 2 : end,
      sentenceStart,
    });
  }
  return tokens;
}

/** True when only one blank (a space, no line break) separates two tokens: they may belong to one name. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}
