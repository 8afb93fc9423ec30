// The words around a number as the figures steps judge them (subjects, ordinals): compromise's lexicon tags
// (read by mentions/word-flags.ts, the one reader of them) and the number words, listed apart.
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';

export { tagsOf } from '../mentions/word-flags.js';

// another number starts another figure ("61% four years ago")
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);
export const ADJECTIVE_ONLY: ReadonlySet<string> = new Set(['Adjective', 'Comparative', 'Superlative']);
