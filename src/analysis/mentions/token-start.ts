// Where each token of tokens.ts starts and ends. Every character but a blank starts a token (TOKEN's last
// alternative takes any other mark), so the scan skips blanks itself (by code, segment/blanks.ts) and tries TOKEN
// where the next token starts: test() moves lastIndex without building a match array and capture strings for each of the document's words
// (a tenth of the mentions stage when it was one global exec loop).

// Dotted acronyms and initials first ("U.S.", "J.R."), then words with inner apostrophes and hyphens
// ("O'Neill", "al-Assad"), numbers, and any other single character. Each alternative is linear: the
// repeated groups all begin with a separator that the group before cannot contain. A token that starts
// with a letter is a word; a word with a dot in it is a dotted acronym (no other word alternative takes a dot).
const TOKEN = /(?:\p{Lu}\.(?:\p{Lu}\.)+)|(?:\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{M}\p{N}]+)*)|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

/** The end of the token starting at `at`, which holds no blank. */
export function tokenEnd(text: string, at: number): number {
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
