// Part of step 3 (description-start.ts): where a person's possessor before a description's head starts. A title with
// "'s" ("the district attorney's office", "the Velm County sheriff's deputies") owns the head with its own modifiers and
// a place's name before it, back to the article that opens them all; with no article ("told police chief's aides") the
// words before the title are no part of it.
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { DETERMINERS, modifier, type Near } from './description-words.js';

// how many modifiers or names the walk left from the title takes
const MAX_POSSESSOR_WORDS = 3;

/** The first token of a person's possessor at `k` with its modifiers and a place's name before it, when a determiner
 *  opens them ("the Manhattan district attorney's"), else k. */
export function possessorStart(tokens: Token[], runs: Run[], runAt: Int32Array, k: number, near: Near): number {
  let j = k;
  for (let n = 0; n < MAX_POSSESSOR_WORDS; n++) {
    const m = tokens[j - 1];
    if (m === undefined || !near(m, tokens[j]!)) break;
    const r = runAt[j - 1]! >= 0 ? runs[runAt[j - 1]!]! : undefined;
    if (r !== undefined && r.kind !== 'none' && r.kind !== 'title' && !r.possessive) { j = r.first; continue; }
    if (r !== undefined || m.possessive || !modifier(m) || DETERMINERS.has(m.lower) || POSSESSIVE_DETERMINERS.has(m.lower)) break;
    j--;
  }
  const d = tokens[j - 1];
  return j < k && d !== undefined && near(d, tokens[j]!) && (d.lower === 'the' || d.lower === 'a') ? j : k;
}
