// Step 4b: multiples written as comparisons: "three times as many", "2.5 times the national rate", "twice as
// likely", "a fivefold rise", "a 10-fold increase". News compares this way as often as with a percentage; read
// plainly, "three times" counted three of nothing and "twice" was no figure. Each is one figure, the factor as its
// value, with the unit "times". "Three times a week", "struck twice" and "told him twice" count how often: left alone.
import { tagsOf } from './word-tags.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { scanned, type Candidate } from './candidate.js';
import { qualify } from './qualify.js';
import { COUNT_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS as NUMBER_WORDS } from '../../lexicon/number-words.js';
import { alternation, firstLetters } from '../alternation.js';

// the words that make "N times" a factor: a comparison ("as", a comparative), or what is multiplied ("the
// average", "its size", "what it paid"); not "this", "that": "three times this year", "twice that season" say how often
// (and a usual level named without "the": "8 times average earnings", "three times normal levels", "twice median pay")
const USUAL_LEVELS = ['average', 'median', 'normal', 'usual', 'typical'];
// ...when a noun follows it: "Her five times average 10.2 seconds" (race times; "average" the verb, a figure or a
// preposition after it) is no factor
const NOT_LEVEL_NOUN = new Set(['Preposition', 'Determiner', 'Adverb', 'Conjunction', 'Pronoun']);
const levelNoun = (after: string): boolean => {
  const next = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && !PHRASE_PREPOSITIONS.includes(next) && !tagsOf(next).some((t) => NOT_LEVEL_NOUN.has(t));
};
const COMPARED = new Set(['as', 'more', 'less', 'fewer', 'the', 'what', 'its', 'their', 'his', 'her', 'our']);
// after "the", a word of time says how often again: "three times the following week", "twice the same day"
const TIME_AFTER_THE = /^[ \t]+(?:following|next|previous|last|same|past|first|second|third|final|year|week|month|day|night|season|morning|afternoon|evening|weekend)(?![\p{L}])/iu;
// "twice" takes only "as" and what is multiplied: "twice more" is as often "two more times" ("struck twice more")
const TWICE_COMPARED = new Set(['as', 'the', 'what', 'its', 'their', 'his', 'her', 'our']);
const TIMES_AFTER = /^[ \t]+times[ \t]+(\p{L}+)(?![\p{L}\p{N}])/iu;
const FOLD_AFTER = /^[-‐‑]fold(?![\p{L}\p{N}])/iu;
// (both scan the whole text: the first letters' lookahead spares most offsets the Unicode \b, alternation.ts firstLetters)
const TWICE = new RegExp(String.raw`${firstLetters(['twice'])}\btwice[ \t]+(\p{L}+)(?![\p{L}\p{N}])`, 'giu');
const FOLD_WORDS = [...COUNT_WORDS, 'hundred', 'thousand'];
const FOLD_WORD = new RegExp(String.raw`${firstLetters(FOLD_WORDS)}\b(${alternation(FOLD_WORDS)})fold\b`, 'giu');
// the literal each scan needs, under the scan's own flags: most texts hold neither, and a literal search costs a small
// part of the scan (the fold-word scan took about as long as any other pass over the text)
const NEEDS = new Map([[TWICE, /twice/iu], [FOLD_WORD, /fold/iu]]);
// what the number word before "-fold" is worth (lexicon/number-words.ts)
const foldValue = (w: string): number => NUMBER_WORDS[w] ?? TENS_WORDS[w] ?? SCALE_WORDS[w]!;

/** Whether the word after "times" (ending at `end`) compares: "as", "the", or a comparative ("faster", "likelier"). */
function comparing(text: string, word: string, end: number, allowed: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  if (USUAL_LEVELS.includes(w)) return levelNoun(text.slice(end, end + 24));
  if (allowed.has(w)) return w !== 'the' || !TIME_AFTER_THE.test(text.slice(end, end + 16));
  return allowed === COMPARED && tagsOf(w).includes('Comparative');
}

/** A count followed by "times" and a comparison, or by "-fold", becomes a factor (in place). */
export function markMultiplier(text: string, c: Candidate): void {
  if (c.kind !== 'count' || c.unit !== null || c.value === null || c.value <= 0 || c.low !== undefined) return;
  const after = text.slice(c.end, c.end + 30);
  const fold = FOLD_AFTER.exec(after);
  const times = fold ? null : TIMES_AFTER.exec(after);
  if (!fold && !(times && comparing(text, times[1]!, c.end + times[0].length, COMPARED))) return;
  c.end += fold ? fold[0].length : times![0].length - times![1]!.length - 1;
  c.unit = 'times';
  c.rule = 'multiplier';
}

/** "twice as many", "a threefold rise": factors written without a number, in text order. */
export function wordMultipliers(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [TWICE, FOLD_WORD]) {
    if (!NEEDS.get(re)!.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === TWICE && !comparing(text, m[1]!, m.index + m[0].length, TWICE_COMPARED)) continue;
      const end = re === TWICE ? m.index + 5 : m.index + m[0].length;
      const c = scanned(m.index, end, re === TWICE ? 2 : foldValue(m[1]!.toLowerCase()), 'multiplier');
      c.unit = 'times';
      c.words = true;
      out.push(qualify(text, c));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
