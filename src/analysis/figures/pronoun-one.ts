// Step 3, the word "one": a pronoun ("no one", "the one that works", "one of the oldest routes", "a difficult
// one.") rather than a count of one. A pronoun is dropped from the figures.
import type { Candidate } from './candidate.js';
import { tagsOf } from './word-tags.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';

// ("only" after a determiner: "the only one left", "her only one"; bare, "only one" counts: "Only one bidder remained")
const PRONOUN_ONE_BEFORE = /(?:^|[^\p{L}])(?:no|the|this|that|which|any|every|each|last|(?:the|an|his|her|its|their|our|my|your)[ \t]+only|someone|anyone|little)[ \t]$/iu;
const SHARE_NEXT = new RegExp(String.raw`^[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d|(?:${alternation(COUNT_WORDS)}|a[ \t]+hundred|a[ \t]+thousand)(?![a-z]))`, 'i');
// "one of the oldest routes", "one that works", "one where ...": a pronoun (not "one of the 12": a count of a known total)
const PRONOUN_ONE_AFTER = new RegExp(String.raw`^(?:[ \t]of[ \t]+(?:the|its|his|her|their|our|my|your|those|these|them|us)(?![ \t]+(?:\d|(?:${alternation([...COUNT_WORDS, 'dozen', 'hundred'])})(?![\p{L}])))|[ \t](?:that|which|who|where)(?![\p{L}])|[ \t]another|['’]s|[ \t]by[ \t]one|[ \t]or[ \t]another|[ \t]or[ \t]the[ \t]other)(?![\p{L}])`, 'iu');

// "had been a difficult one.", "the new one that works": a determiner and an adjective before "one" with no noun after
const ADJECTIVE_ONE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|this|that|another|every|each|his|her|its|their|our|my|your)[ \t]+(\p{Ll}{2,20})[ \t]+$/u;
const NO_NOUN_AFTER = /^(?:[ \t]*[,.;:!?)"”’]|[ \t]*$|[ \t]+(?:that|which|who|for|in|on|at|of|to|and|but|or|with|from|since|as|than|because|yet|so|is|was|has|had|will|would)(?![\p{L}]))/iu;
function adjectiveOne(text: string, c: Candidate, after: string): boolean {
  if (text.slice(c.start, c.end).toLowerCase() !== 'one' || !NO_NOUN_AFTER.test(after)) return false;
  const adj = ADJECTIVE_ONE_BEFORE.exec(text.slice(Math.max(0, c.start - 32), c.start))?.[1];
  return adj !== undefined && tagsOf(adj).includes('Adjective');
}

// "a one-time champion", "a one-off payment", "a one-sided match", "a one-way ticket": set compounds whose "one"
// counts nothing (it means former, single-occasion or unbalanced); "a one-day strike", "a one-year contract" measure
// a time and stay figures
const SET_COMPOUND_AFTER = /^[-‐‑](?:time|off|sided|way|stop|on-one|to-one|liners?|size|party|man|woman|horse|shot)(?![\p{L}])/iu;

/** Whether a count of one written as a word (`c`) is the pronoun "one", or the first half of a set compound. */
export function pronounOne(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  // ("that one in six planned to leave": a share, read by the ratio step)
  const after16 = text.slice(c.end, c.end + 16);
  if (SET_COMPOUND_AFTER.test(after16)) return true;
  return (PRONOUN_ONE_BEFORE.test(before) && !SHARE_NEXT.test(after16)) || PRONOUN_ONE_AFTER.test(after16) || adjectiveOne(text, c, after16);
}
