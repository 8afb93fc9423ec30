// Step 5, a transitive verb of movement whose object stands between it and "by": "the council will cut waiting
// lists by a third", "the bank raised its main rate by 0.25 points", "firms must reduce their emissions by 40%".
// The figure is the change the verb makes to its object.
import type { Qualifier } from '../../types.js';

// the verbs that move what they act on (an intransitive "rose" takes no object)
const MOVES: Readonly<Record<string, Qualifier>> = Object.assign(Object.create(null) as Record<string, Qualifier>, {
  cut: 'down', cuts: 'down', cutting: 'down', reduce: 'down', reduced: 'down', reduces: 'down', reducing: 'down',
  lower: 'down', lowered: 'down', lowers: 'down', lowering: 'down', slash: 'down', slashed: 'down', slashes: 'down',
  trim: 'down', trimmed: 'down', trims: 'down', decrease: 'down', decreased: 'down', narrow: 'down', narrowed: 'down',
  raise: 'up', raised: 'up', raises: 'up', raising: 'up', increase: 'up', increased: 'up', increases: 'up',
  lift: 'up', lifted: 'up', lifts: 'up', boost: 'up', boosted: 'up', boosts: 'up', hike: 'up', hiked: 'up', hikes: 'up',
  expand: 'up', expanded: 'up', expands: 'up', widen: 'up', widened: 'up',
});
// words that end the object: a verb of its own ("the rise was driven by 40 firms", "costs caused by ...") or a relative
// clause ("rates that rose by 2%") makes the "by" phrase belong to another verb
const NOT_OBJECT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'should', 'do', 'does', 'did', 'who', 'which', 'that', 'whose', 'where', 'when',
  'led', 'held', 'run', 'made', 'built', 'paid', 'set', 'hit', 'sold', 'taken', 'given', 'seen', 'known', 'won', 'done',
  'met', 'brought', 'caught', 'kept', 'left', 'told', 'said', 'written', 'driven', 'chosen', 'spent', 'lost', 'bought']);
const PLAIN = /^\p{Ll}[\p{Ll}'’-]*$/u;
const PAST_PARTICIPLE = /ed$/;
// the longest object read: "waiting lists for child care" is five words
const MAX_OBJECT_WORDS = 6;

/** The direction of a transitive verb of movement before `before`'s object ("cut waiting lists "), or undefined. */
export function movedObjectBefore(before: string): Qualifier | undefined {
  const words = before.trimEnd().split(/[ \t]+/);
  for (let i = words.length - 1, n = 0; i >= 0 && n <= MAX_OBJECT_WORDS; i--, n++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (n > 0 && MOVES[lower]) return MOVES[lower];
    // a capitalised word may be a name in the object ("raised Tolven's rates"); punctuation ends the clause
    if (!PLAIN.test(w) && !/^\p{Lu}[\p{L}'’-]*$/u.test(w)) return undefined;
    if (NOT_OBJECT.has(lower) || PAST_PARTICIPLE.test(lower)) return undefined;
  }
  return undefined;
}
