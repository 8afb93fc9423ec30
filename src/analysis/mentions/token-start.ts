// Where each token of tokens.ts starts and ends. Every character but a blank starts a token (TOKEN's last
// alternative takes any other mark), so the scan skips blanks itself (by code, segment/blanks.ts) and tries TOKEN
// where the next token starts: test() moves lastIndex without building a match array and capture strings for each of the document's words
// (a tenth of the mentions stage when it was one global exec loop).
import { isBlankCode } from '../segment/blanks.js';

// Dotted acronyms and initials first ("U.S.", "J.R."), then words with inner apostrophes and hyphens
// ("O'Neill", "al-Assad"), numbers, and any other single character. Each alternative is linear: the
// repeated groups all begin with a separator that the group before cannot contain. A token that starts
// with a letter is a word; a word with a dot in it is a dotted acronym (no other word alternative takes a dot).
const TOKEN = /(?:\p{Lu}\.(?:\p{Lu}\.)+)|(?:\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{M}\p{N}]+)*)|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character that carries on a word's run of letters and digits (`word`) or a number's run of digits. */
const inRun = (d: number, word: boolean): boolean => isAsciiDigit(d) || (word && isAsciiLetter(d));

/**
 * TOKEN's answer for a token of plain ASCII, read by character code, or -1 where TOKEN must decide (a character
 * beyond ASCII in reach, a capital before a period that may open a dotted acronym, a blank). Most tokens of news
 * text are ASCII words, and over a two-byte text (text-width.ts) each step of the regex's Unicode classes is a call
 * into V8's range tables: reading them by code takes about a quarter off the tokenizer's time, with the same tokens.
 */
function asciiTokenEnd(text: string, at: number, c: number): number {
  const word = isAsciiLetter(c);
  if (!word && !isAsciiDigit(c)) return c < 128 && !isBlankCode(c) ? at + 1 : -1; // a mark: TOKEN's last alternative
  if (c >= 65 && c <= 90 && text.charCodeAt(at + 1) === 46) return -1;
  // a word's letters and digits run on across an apostrophe or hyphen with more after it; a number's digits across
  // a period or comma with more digits after it
  let k = at + 1;
  for (;;) {
    const d = text.charCodeAt(k);
    if (inRun(d, word)) { k++; continue; }
    if (d >= 128) return -1;
    if (!(word ? d === 39 || d === 45 : d === 46 || d === 44)) return k;
    const e = text.charCodeAt(k + 1);
    if (e >= 128) return -1;
    if (!inRun(e, word)) return k;
    k += 2;
  }
}

/** The end of the token starting at `at`, which holds no blank. */
export function tokenEnd(text: string, at: number): number {
  const ascii = asciiTokenEnd(text, at, text.charCodeAt(at));
  if (ascii >= 0) return ascii;
  TOKEN.lastIndex = at;
  TOKEN.test(text);
  return TOKEN.lastIndex;
}

/** Whether the character at `at` (code unit `c`) is a letter: the token there is a word. */
export function startsWithLetter(text: string, at: number, c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LETTER.lastIndex = at;
  return LETTER.test(text);
}
