// The words around a number as the figures steps judge them (subjects, ordinals): compromise's lexicon tags
// (read by mentions/word-flags.ts, the one reader of them) and the number words, listed apart.
import { COUNT_WORDS, SCALE_WORDS } from '../../lexicon/number-words.js';

export { tagsOf } from '../mentions/word-flags.js';

// another number starts another figure ("61% four years ago")
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...COUNT_WORDS, ...Object.keys(SCALE_WORDS)]);
export const ADJECTIVE_ONLY: ReadonlySet<string> = new Set(['Adjective', 'Comparative', 'Superlative']);
