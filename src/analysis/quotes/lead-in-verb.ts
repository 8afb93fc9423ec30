// A colon lead-in whose verb is no speech verb ("The coach then turned to the bench: “...”", "Ruiz fired back
// sharply: “...”", "A report by the auditors took a dim view of the port: “...”"): annotated news marks the
// whole predicate, from its verb (with the auxiliaries and adverbs before it) through the colon, as the cue, and
// its subject as the source; a bare colon with the subject's mention in the lead-in marks neither.
import { IRREGULAR_PASTS, PAST_PARTICIPLE } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { cueStart } from '../cues/verb-span.js';
import { wordCount } from './text-utils.js';

// a finite verb: an auxiliary, an "-ed" form or an irregular past, as a whole word
const FINITE = new RegExp(String.raw`^(?:is|are|was|were|has|have|had|will|would|could|did|does|\p{Ll}{3,}ed|${alternation([...IRREGULAR_PASTS])})$`, 'u');
// what makes an "-ed" form a modifier of the noun after it rather than a verb ("her prepared remarks:", "the leaked memo:")
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|[\p{L}]+['’]s?)\s+$/iu;
// where the lead-in's clause starts: after a sentence end, a comma, a semicolon or a dash
const CLAUSE_START = /(?:[.!?]["”’']?\s+|[,;—–]\s*|\s-\s|\n)(?=[^.!?,;—–\n]*$)/u;
// (a particle or a short phrase may stand between the participle and "by": "was drawn up by", "was met with anger by")
const PASSIVE_AGENT = new RegExp(String.raw`^(?:\S+\s+){0,3}?(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:${PAST_PARTICIPLE}|${alternation(IRREGULAR_PASTS)})\s+(?:\p{Ll}+\s+){0,3}?by\b`, 'u');
const WORD = /[\p{L}’'-]+/gu;
const MAX_SUBJECT_WORDS = 10;
const MAX_PREDICATE_WORDS = 12;

export interface LeadInVerb {
  /** The subject phrase, before the predicate. */
  subject: { start: number; end: number };
  /** The cue: from the verb (or its auxiliaries and adverbs) through the colon. */
  cue: { start: number; end: number };
}

/**
 * The predicate of the clause that ends at the colon at `colon`, read back no further than `lineStart`: its first
 * finite verb that has a subject before it. Null when the clause has none or is too long to be one lead-in.
 */
export function leadInVerb(text: string, lineStart: number, colon: number): LeadInVerb | null {
  const lo = Math.max(lineStart, colon - 200);
  const window = text.slice(lo, colon);
  const cut = CLAUSE_START.exec(window);
  const from = lo + (cut !== null ? cut.index + cut[0].length : 0);
  const clause = text.slice(from, colon);
  let first = true;
  for (const m of clause.matchAll(WORD)) {
    const at = from + (m.index ?? 0);
    if (first) { first = false; continue; }
    if (!FINITE.test(m[0])) continue;
    if (m[0].endsWith('ed') && DETERMINER_BEFORE.test(text.slice(Math.max(from, at - 24), at))) continue;
    const start = Math.max(from, cueStart(text, at));
    if (start <= from || wordCount(text.slice(from, start)) > MAX_SUBJECT_WORDS) return null;
    if (wordCount(text.slice(start, colon)) > MAX_PREDICATE_WORDS) return null;
    // a passive's agent is the source ("The risk is shown by this chart:"), not its subject: the old reading stands
    if (PASSIVE_AGENT.test(text.slice(start, colon))) return null;
    // the subject opens with a capital (a name, a sentence's first word) or is a pronoun or a determiner's phrase
    if (!/^(?:\p{Lu}|(?:a|an|the|he|she|they|it|we|i)\b)/u.test(clause.trimStart())) return null;
    return { subject: { start: from, end: start }, cue: { start, end: colon + 1 } };
  }
  return null;
}
