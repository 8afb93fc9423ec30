// A word list as a regular-expression alternation: the stages build their patterns from lexicon lists
// (src/lexicon/) with this, once at load, so the lists stay data and the patterns stay right as they grow.

/** Words as a regex alternation, longest first, so that no word stops the match at a shorter one it begins with. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/** Words as they open a sentence, first letter capitalised ("although" -> "Although", "some" -> "Some"). */
export function capitalised(words: readonly string[]): string[] {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

/** A word taking either case of its first letter, as a regex piece ("his" -> "[Hh]is": a sentence may open with it). */
export const eitherCase = (w: string): string => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`;

/**
 * A lookahead for the first letters of plain words ("(?=[stf])"), to stand before a word list that a pattern looks for
 * across a whole text behind a dear test (a \b or a lookbehind under the u flag): V8 tries the pattern at every offset,
 * and tests the one char first instead (on two-byte text the scan for "twice" took a quarter of the time). The same
 * matches: each word opens with one of the letters, read under the pattern's own flags. Not for regex fragments.
 */
export function firstLetters(words: readonly string[]): string {
  const letters = new Set(words.map((w) => w.charAt(0)));
  if (words.length === 0 || [...letters].some((c) => !/^\p{L}$/u.test(c))) throw new Error(`firstLetters: not plain words: ${words.join('|')}`);
  return `(?=[${[...letters].join('')}])`;
}
