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
const WORD_BEFORE = /(?:^|[^\p{L}'’])([\p{L}'’]+)[ \t]+$/u;
const CLAUSE_END = /^(?:[ \t]*[,.;:!?)"”’]|[ \t]*$)/u;
const MODAL_BEFORE = new Set(['will', 'would', 'must', 'should', 'can', 'could', 'may', 'might', 'to', 'shall']);
// words after which a clause-final "first" is a rank: determiners ("the first."), copulas ("he was
// first."), and verbs of finishing or ranking ("came first", "finished in first")
const RANK_BEFORE = new Set(['the', 'a', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'and', 'or',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", 'in', 'finished', 'finish', 'finishes', 'finishing',
  'came', 'come', 'comes', 'coming', 'placed', 'place', 'places', 'ranked', 'rank', 'ranks', 'ended', 'end', 'ends',
  'went', 'go', 'goes', 'crossed', 'seeded', 'listed', 'named', 'rated', 'stood', 'stands', 'stand', 'voted', 'tied']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
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
  const nextTags = next ? tagsOf(next) : [];
  if (next && nextTags.includes('PastTense')) return 'adverb';
  const prev = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  // (and "first built", "the $2 million first budgeted": a participle, or an -ed word the lexicon does not know;
  // after a determiner it is the noun's adjective: "the first budgeted year")
  if (next && (nextTags.includes('Participle') || (nextTags.length === 0 && /\p{Ll}ed$/u.test(next))) && !(prev && DETERMINERS.has(prev))) return 'adverb';
  // "we must first agree", "to first secure": between a modal (or "to") and a bare verb
  if (next && prev && MODAL_BEFORE.has(prev) && nextTags.includes('Infinitive')) return 'adverb';
  // "see a doctor first, she said": closing a clause after an object; "she finished first.",
  // "he was first.", "the first." keep the rank
  // (a possessive names whose rank it is: "it was Lee's first.")
  return CLAUSE_END.test(after) && prev !== undefined && !RANK_BEFORE.has(prev) && !/['’]s?$/.test(prev) ? 'adverb' : null;
}
