// compromise's lexicon read as data (no parse): the tags it gives a word, for the figures steps
// that judge the words around a number (subjects, ordinals). Number words are listed apart.
import nlp from 'compromise';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** The lexicon's tags for a word (any case), or none. */
export function tagsOf(word: string): string[] {
  const key = word.toLowerCase();
  const t = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

// another number starts another figure ("61% four years ago")
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS)]);
export const ADJECTIVE_ONLY: ReadonlySet<string> = new Set(['Adjective', 'Comparative', 'Superlative']);
