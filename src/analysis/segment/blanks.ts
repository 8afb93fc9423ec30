// A blank read by character code: the tokenizer, the phrase scanners of quotes and the figures' word
// readers walk the text one code unit at a time and ask this instead of /\s/ on a one-character string.

/** JavaScript's \s, by code (every blank is one UTF-16 unit; NaN, past a string's end, is none). */
export function isBlankCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
