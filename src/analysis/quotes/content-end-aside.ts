// Asides inside a reported clause that the content goes on over.
// A passive participle between commas right after the reported clause's subject ("said the money, expected to total 48
// million euros, would pay for street cleaning"; "said part of the income, estimated at 640,000 pounds a year, would go
// to repairs"): a reduced relative that sizes or values the subject, not a second attribution. The content goes on over
// it to the subject's own verb (content-end-goes-on.ts reads this before content-end.ts cuts at a comma).
import type { Cue } from '../../types.js';
import { ASIDE_CHAR } from '../cues/verb-contexts.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';

// the participles of sizing and valuing that stand in such an aside (a verb of saying would be a second report)
const SIZING_PARTICIPLE = /^(?:estimated|expected|projected|forecast|valued|priced|put|budgeted|costed|calculated)$/i;
// the aside ends at its own comma (no clause, quote or second comma in it; a figure's "640,000" or "4.5" is no stop),
// and the subject's verb follows: an auxiliary or a modal
const ASIDE_THEN_VERB = new RegExp(String.raw`^${ASIDE_CHAR}{1,60},\s+(?:${FINITE_AUXILIARY})\s`, 'i');

/** Whether the cue `c`, right after a comma, is a sizing participle in an aside before its subject's verb. */
export function sizingAside(text: string, before: string, c: Cue): boolean {
  return /,\s*$/.test(before) && SIZING_PARTICIPLE.test(c.text) && ASIDE_THEN_VERB.test(text.slice(c.end, c.end + 80));
}

// "said the plan, which voters want, is fair", "said the ferry, which residents say is unsafe, will keep running": a
// non-restrictive relative with its own cue that closes with a comma before the reported subject's own verb (an auxiliary
// or a modal) is an aside inside the reported clause; the content runs on over it (the relative still reports itself,
// relative-content.ts)
const RELATIVE_CLOSES_THEN_VERB = new RegExp(String.raw`^${ASIDE_CHAR}{0,60},\s+(?:${FINITE_AUXILIARY})\s`, 'i');

/** Whether the cue `c` of a relative clause opened by a comma and "which"/"who" closes its aside before the subject's verb. */
export function relativeAsideGoesOn(text: string, c: Cue): boolean {
  return RELATIVE_CLOSES_THEN_VERB.test(text.slice(c.end, c.end + 80));
}
