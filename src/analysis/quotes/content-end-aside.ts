// Asides inside a reported clause that the content goes on over to the reported subject's own verb (content-end-goes-on.ts
// and content-end.ts read these before cutting at a comma).
// - A passive participle between commas right after the subject that sizes or values it ("said the money, expected to
//   total 48 million euros, would pay for street cleaning"; "said part of the income, estimated at 640,000 pounds a year,
//   would go to repairs"): a reduced relative, not a second attribution.
// - Any short aside when the later cue is a finite verb with the subject before it ("said its founder, Ana Ruiz, had
//   promised to stay", "said a second man, thought to be the driver, was being sought"): the reported clause's verb,
//   and a nested report of its own, not a verb the speaker's subject shares (that would come bare: "said A, warned B").
// - A non-restrictive relative with its own cue that closes before the subject's verb (below).
import type { Cue } from '../../types.js';
import { ASIDE_CHAR } from '../cues/verb-contexts.js';
import { FINITE_AUXILIARY } from '../../lexicon/auxiliaries.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// the participles of sizing and valuing that stand in such an aside (a verb of saying would be a second report)
const SIZING_PARTICIPLE = /^(?:estimated|expected|projected|forecast|valued|priced|put|budgeted|costed|calculated)$/i;
// the aside ends at its own comma (no clause, quote or second comma in it; a figure's "640,000" or "4.5" is no stop),
// and the subject's verb follows: an auxiliary or a modal
const ASIDE_THEN_VERB = new RegExp(String.raw`^${ASIDE_CHAR}{1,60},\s+(?:${FINITE_AUXILIARY})\s`, 'i');

/** Whether the cue `c`, right after a comma, is a sizing participle in an aside before its subject's verb. */
export function sizingAside(text: string, before: string, c: Cue): boolean {
  return /,\s*$/.test(before) && SIZING_PARTICIPLE.test(c.text) && ASIDE_THEN_VERB.test(text.slice(c.end, c.end + 80));
}

// one word of the subject: not an auxiliary or a clause word (those make the words before the aside a clause of
// their own, "said the plan was fair, ...") nor a conjunction
const SUBJECT_WORD = String.raw`(?!(?:${FINITE_AUXILIARY}|who|which|whom|whose|where|when|and|but|or|then|while|because|if|as)\b)[\p{L}\p{N}.’'&-]+`;
// the whole content up to the later cue: "that" perhaps, a subject of one to six words that opens as a noun phrase
// does (a determiner, a number, a capital) or a pronoun, a comma, the aside, its comma (not "... meant to open by a
// spring deadline, the bridge will be late, said ...": an infinitive is no subject)
const SUBJECT_OPENING = String.raw`(?:the|a|an|its|his|her|their|our|this|that|these|those|some|many|most|all|both|each|every|no|one|two|three|\p{Lu}|\p{N})`;
const SUBJECT_ASIDE = new RegExp(String.raw`^\s*(?:that\s+)?(?:(?=${SUBJECT_OPENING})(?:${SUBJECT_WORD}\s+){0,5}${SUBJECT_WORD}|${alternation(SUBJECT_PRONOUNS)}),\s+${ASIDE_CHAR}{1,60},\s*$`, 'u');
// a later cue that is no finite verb: a participle ("adding", "saying") or an infinitive goes with the speaker
const NOT_FINITE = /^(?:to\s|\p{L}+ing\b)/iu;
// a verb of saying with its subject after it closes a content before it (", the bridge will be late, said Ida Roe"),
// an attribution of its own, not the verb of a subject before the comma
const INVERTED = /^(?:said|says|added|adds|wrote|writes|asked|explained|noted|recalled|argued|warned|insisted|replied|concluded|observed)$/i;
const SUBJECT_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}|(?:the|a|an|${alternation(SUBJECT_PRONOUNS)})\s)`, 'u');

/** Whether the content from `cue` to the finite cue `c` is a subject and an aside on it, so `c` is the subject's verb. */
export function subjectAsideThenVerb(text: string, cue: Cue, c: Cue): boolean {
  if (c.start - cue.end > 140 || NOT_FINITE.test(c.text)) return false;
  if (INVERTED.test(c.text) && SUBJECT_AFTER.test(text.slice(c.end, c.end + 8))) return false;
  return SUBJECT_ASIDE.test(text.slice(cue.end, c.start));
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
