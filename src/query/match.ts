// Whole-word, case- and accent-insensitive matching, shared by who-said and --speaker.
// "okafor" finds "Okafor's", "sao paulo" finds "São Paulo", "war" does not find "warned".

/**
 * Letters that NFD leaves whole (a stroke or a ligature is no combining mark), spelt the way
 * English copy writes them without it: "Łódź" as "Lodz", "Øresund" as "Oresund", "Straße" as
 * "Strasse". Lower case only: fold lowers the text first.
 */
const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th',
};
const NOT_DECOMPOSED = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

/** Lower case without diacritics, strokes or ligatures, curly apostrophes and quotation marks made straight. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(NOT_DECOMPOSED, (c) => PLAIN_LETTERS[c] ?? c)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    // A phrase copied with its marks from an article set in curly quotes, or typed with
    // straight ones for one that is: either finds the other.
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A predicate that is true when `term` occurs in a text as whole words. Spaces in the term
 * match any run of whitespace. The regex is a literal with one-character lookarounds, so it
 * runs in linear time on any text. Returns null for a term with nothing to match.
 */
export function wordMatcher(term: string): ((text: string) => boolean) | null {
  const words = fold(term).trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const first = words[0]?.[0] ?? '';
  const last = words[words.length - 1]?.slice(-1) ?? '';
  // Boundaries only where the term itself starts or ends with a letter or digit ("U.S." ends with a dot).
  const pattern = `${WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : ''}${body}${WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : ''}`;
  const re = new RegExp(pattern, 'u');
  return (text) => re.test(fold(text));
}
