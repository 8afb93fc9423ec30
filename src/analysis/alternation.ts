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
