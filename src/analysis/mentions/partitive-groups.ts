// Where a partitive group's phrase starts: a quantifier and "of" before a plural group with its determiner ("both of the
// candidates", "some of her neighbours") open the group's phrase, so the group speaks and names the speaker, not the bare
// quantifier (descriptions.ts asks, after description-start.ts has found the group's own start).
import type { Token } from './tokens.js';
import type { Near } from './description-words.js';
import { PARTITIVE_QUANTIFIERS } from '../../lexicon/groups.js';

/** "Both of the candidates", "some of her neighbours": a quantifier and "of" before a plural group with its determiner
 *  open the group's phrase (token index), else it opens at `start`. */
export function partitiveStart(tokens: Token[], start: number, pluralWithDeterminer: boolean, near: Near): number {
  const of = tokens[start - 1];
  const q = tokens[start - 2];
  return pluralWithDeterminer && of?.lower === 'of' && q !== undefined && PARTITIVE_QUANTIFIERS.has(q.lower) && near(q, of) && near(of, tokens[start]!) ? start - 2 : start;
}
