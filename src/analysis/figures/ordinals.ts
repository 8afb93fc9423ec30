// Step 3b: ordinal words that are no rank of anything. "At first", "she first reported",
// "see a doctor first" use "first" as an adverb of time; "First Republic", "Flats First",
// "Second Avenue" use an ordinal inside a name. Neither is a figure a reader checks.
import type { Candidate } from './candidate.js';
import { tagsOf } from './word-tags.js';

const AT_BEFORE = /(?:^|[^\p{L}])at[ \t]+$/iu;
const NEXT_WORD = /^[ \t]+(\p{Ll}+)(?![\p{L}])/u;
const OF_ALL_AFTER = /^[ \t]+of[ \t]+all(?![\p{L}])/iu;
// a capitalised word touching the ordinal ("First Republic", "Flats First"), the ordinal not opening a sentence
const CAPITAL_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
const CAPITAL_BEFORE = /\p{Lu}\p{Ll}*[ \t]+$/u;
const SENTENCE_START = /(?:^|[.!?:"“‘(\n][ \t'"’”]*)$/u;

/** What an ordinal word is when it is no rank: an adverb (dropped) or part of a name (an identifier), else null. */
export function ordinalWordUse(text: string, c: Candidate): 'adverb' | 'name' | null {
  if (c.kind !== 'ordinal' || !c.words) return null;
  const word = text.slice(c.start, c.end);
  const after = text.slice(c.end, c.end + 24);
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  // a capitalised ordinal beside a capitalised word, not opening a sentence ("Second, the plan ..." may)
  if (/^\p{Lu}\p{Ll}/u.test(word) && !SENTENCE_START.test(before) && (CAPITAL_AFTER.test(after) || CAPITAL_BEFORE.test(before))) return 'name';
  if (word.toLowerCase() !== 'first') return null;
  if (AT_BEFORE.test(before.slice(-4)) || OF_ALL_AFTER.test(after)) return 'adverb';
  // "first reported", "first appeared": an adverb before a verb in the past
  const next = NEXT_WORD.exec(after)?.[1];
  return next && tagsOf(next).includes('PastTense') ? 'adverb' : null;
}
