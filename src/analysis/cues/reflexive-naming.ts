// A verb of naming with a reflexive object and a name right after a noun or a relative word names that noun: "a gang
// calling itself Redhook", "a man who calls himself Dr. Fixit" report nothing (participles.ts asks this). After a
// comma (", calling itself the victim") or a preposition ("by calling itself the leader") the participle is a claim of
// its own; a finite form only in a relative clause ("The coach called himself lucky" is the coach's own stance).
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// the forms of naming that take a reflexive object, the reflexive, and the words before that leave no noun to name
const REFLEXIVE_NAMING = /^(?:calling|calls|called|styling|styles|styled|dubbing|dubs|dubbed)$/i;
// (then a name: "voters who call themselves very conservative", "a man calling himself a healer" describe, and PolNeAR
// counts such self-descriptions)
const REFLEXIVE_NEXT = /^[ \t]+(?:itself|themselves|himself|herself)[ \t]+(?:the[ \t]+)?\p{Lu}/u;
const NO_NOUN_BEFORE = new RegExp(String.raw`^(?:by|for|of|in|on|about|after|before|without|from|with|and|or|but|is|are|was|were|be|been|being|${alternation(SUBJECT_PRONOUNS)}|will|would|could|can|may|might|must|should|not|n't|to)$`, 'i');

/** Whether `word` at `at`, with `before` the word before it and `next40` the text after it, names a noun reflexively. */
export function namesReflexively(text: string, word: string, before: string, at: number, next40: string): boolean {
  return REFLEXIVE_NAMING.test(word) && REFLEXIVE_NEXT.test(next40) && /\p{L}[ \t]+$/u.test(text.slice(Math.max(0, at - 3), at))
    && (/ing$/i.test(word) ? !NO_NOUN_BEFORE.test(before) : /^(?:who|that|which)$/i.test(before));
}
