// Letters read by character code, as /\p{L}/u reads them (a surrogate pair whole, a lone surrogate as no letter):
// the word scanners of segment (the word before a period), quote-marks (the speech words), mentions (tokens) and
// quotes and speakers (the words around a cue) walk the text with these instead of running a regex per character. ASCII is decided by its code; any other BMP unit by one \p{L} test,
// cached: news text repeats a few non-ASCII characters ("’", "—", "é") thousands of times.

const LETTER = /^\p{L}$/u;
// whether each BMP code unit is a letter (1) or not (2); 0 until first met
const BMP_LETTER = new Uint8Array(0x10000);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether the BMP unit `c` (the character `ch`) is a letter. */
function bmpLetter(c: number, ch: string): boolean {
  let known = BMP_LETTER[c];
  if (known === 0) {
    known = LETTER.test(ch) ? 1 : 2;
    BMP_LETTER[c] = known;
  }
  return known === 1;
}

/** The length (1, or 2 for a surrogate pair) of the letter that starts at `i` of `text`, or 0 when none does. */
export function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (isHigh(c) && isLow(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return bmpLetter(c, text[i]!) ? 1 : 0;
}

/** The length (1, or 2 for a surrogate pair) of the letter that ends at `end` of `text`, or 0 when none does. */
export function letterEndingAt(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (isLow(c) && end >= 2 && isHigh(text.charCodeAt(end - 2))) return LETTER.test(text.slice(end - 2, end)) ? 2 : 0;
  return bmpLetter(c, text[end - 1]!) ? 1 : 0;
}

/** Whether the one code unit at `i` is a letter by itself, as /\p{L}/u reads the one-unit string `text[i]`: half of a
 *  surrogate pair is none. For the scans that step one unit at a time and must read each unit as that regex did. */
export const isLetterUnit = (text: string, i: number): boolean => letterAt(text, i) === 1;

/** An apostrophe's code: the typewriter one (') or the typographic one (’). */
export const isApostropheCode = (c: number): boolean => c === 39 || c === 0x2019;
