// A word list as a regular-expression alternation: the stages build their patterns from lexicon lists
// (src/lexicon/) with this, once at load, so the lists stay data and the patterns stay right as they grow.

/** Words as a regex alternation, longest first, so that no word stops the match at a shorter one it begins with. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}
