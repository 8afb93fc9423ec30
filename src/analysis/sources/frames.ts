// Figures inside a quote's span that are not the quote's content, so its speaker does not vouch for them:
// the frame between the parts of an interrupted direct quote, the writer's aside inside reported words,
// and a share of respondents that is itself the subject of a speech verb ("four in 10 said ..."), or whose
// members are the quote's speaker ("62% of tenants said ...": a poll's finding, not the tenants' claim).
import type { Cue, Figure, Quote } from '../../types.js';
import { verbCues } from './reported.js';
import { firstNotBefore } from '../sorted.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';

/** A figure between the parts of an interrupted direct quote ("“...,” she wrote on May 2. “...”") is in its frame, not its content. */
export function inFrame(q: Quote, f: Figure): boolean {
  return q.type === 'direct' && q.quoted.length > 0 && !inFragment(q, f);
}

/**
 * True when one of the quote's verbatim fragments holds the figure. Fragments are disjoint and in text order, so
 * the one that can hold it is the first ending at or after it: a binary search, since one long quote may hold
 * thousands of fragments and figures (a scan of all of them for each figure was quadratic).
 */
function inFragment(q: Quote, f: Figure): boolean {
  const p = q.quoted[firstNotBefore(q.quoted, (x) => x.end < f.end)];
  return p !== undefined && p.start <= f.start && f.end <= p.end;
}

// ", the engineer who ran the yard from 1990 to 1995," / ", whose son died in 2012,": a relative aside set off by
// commas inside reported words is the writer's background on someone, not what the speaker says
const ASIDE_OPEN = /,[ \t\u00a0]*(?:(?:the|a|an)[ \t\u00a0]+[^,;:.!?()"“”]{0,40}?[ \t\u00a0]+)?(?:who|whose|whom|which|where)[ \t\u00a0][^,;:.!?()"“”]{0,80}$/u;
const ASIDE_CLOSE = /^[^,;:.!?()"“”]{0,60},/u;
// ... and one that closes the reported words ("forecast a victory in Tarnby, which holds its vote in June"): news writers hang
// background on the last noun of a paraphrase this way (PolNeAR dev leaves such a clause out of the content 36
// times, keeps it at most 23), so it too is the writer's. Not when the clause says what would follow (", which
// would cut the rate to 17%": the speaker's reasoning), nor when the attribution comes after the words ("..., which
// totaled $4 million, according to X": X vouches for all before it)
const ASIDE_TO_END = /^[^,;:.!?()"“”]{0,100}$/u;
const MODAL_RELATIVE = /,[ \t\u00a0]*(?:which|who|where)[ \t\u00a0]+(?:would|will|could|can|may|might|should|must)[ \t\u00a0][^,]*$/u;
// ... nor when the clause's own verb moves the figure (", which fell 31 percent", ", which has risen by 4%"): a measure's
// change is the speaker's evidence for the claim, not the writer's background on a name (the figure's up/down says so)
const MOVED_RELATIVE = /,[ \t\u00a0]*which[ \t\u00a0]+(?:(?:has|have|had)[ \t\u00a0]+)?\p{L}+(?:[ \t\u00a0]+by)?[ \t\u00a0]+$/u;
const moved = (f: Figure, before: string): boolean => (f.qualifier === 'up' || f.qualifier === 'down') && MOVED_RELATIVE.test(before);

/**
 * The relative aside inside reported words that holds the figure, or null. `cue` is the verb of a report of the
 * aside's own ("a fire, which the firm says cost $2 million", "Ivo Sarn, who has since backed a $9 toll"): then the
 * aside's subject vouches, not the writer.
 */
export function asideOf(text: string, q: Quote, f: Figure, cues: Cue[]): { cue: Cue | undefined } | null {
  if (inVerbatim(q, f)) return null;
  const from = Math.max(q.start, f.start - 140);
  const before = text.slice(from, f.start);
  const open = ASIDE_OPEN.exec(before);
  if (!open) return null;
  const cue = verbCues(cues, from + open.index, f.start).pop();
  if (ASIDE_CLOSE.test(text.slice(f.end, Math.min(q.end, f.end + 60)))) return { cue };
  const cueFirst = q.cue !== null && q.cue.end <= q.start;
  return cueFirst && q.end - f.end <= 100 && ASIDE_TO_END.test(text.slice(f.end, q.end)) && !MODAL_RELATIVE.test(before) && !moved(f, before) ? { cue } : null;
}

export function inVerbatim(q: Quote, f: Figure): boolean {
  return q.type === 'direct' || inFragment(q, f);
}

// "four in 10 said", "60 percent of voters say", "a third of them saying": a share of respondents as a speech
// verb's subject is a poll result; the group quoted around it does not vouch for how many of its own said so
const SHARE_THEN_CUE = /^(?:[ \t\u00a0]+(?:in|of|out[ \t\u00a0]+of)[ \t\u00a0]+[\d,.]+)?(?:[ \t\u00a0]+[\p{L}’'-]+){0,4}?[ \t\u00a0]+$/u;
const SHARE_AFTER = /^[ \t\u00a0]+(?:in|of|out[ \t\u00a0]+of)[ \t\u00a0]+[\d,.]+/u;
// the whole of the share, when the figure is its second number ("four in 10")
const COUNT = alternation(COUNT_WORDS);
const SHARE_BEFORE = new RegExp(String.raw`(?:\d[\d,.]*|${COUNT})[ \t\u00a0]+(?:in|of|out[ \t\u00a0]+of)[ \t\u00a0]+$`, 'iu');
const CUE_REACH = 40;

/** "four in 10 said ...": a share of respondents that is the subject of a verb cue inside the quote. */
export function respondentShare(text: string, cues: Cue[], q: Quote, f: Figure): boolean {
  if (inVerbatim(q, f) || q.speakerKind === 'organization') return false;
  const after = text.slice(f.end, f.end + CUE_REACH + 10);
  if (f.kind !== 'percent' && !SHARE_AFTER.test(after) && !SHARE_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))) return false;
  const c = verbCues(cues, f.end, f.end + CUE_REACH)[0];
  return c !== undefined && c.end <= q.end && SHARE_THEN_CUE.test(text.slice(f.end, c.start));
}

// "62% of tenants and owners said", "six in 10 tenants say", "a third of them said": the speaker words
// close a share of respondents; a poll found what they said, and the poll (when the sentence names one) vouches
const SHARE_OF_SPEAKER = new RegExp(String.raw`(?:\d[\d,.]*[ \t\u00a0]*(?:%|percent|per[ \t\u00a0]+cent)|(?:\d+|${COUNT})[ \t\u00a0]+(?:in|out[ \t\u00a0]+of)[ \t\u00a0]+(?:\d+|${COUNT})|(?:a|one|two)[ \t\u00a0]+(?:third|quarter|fifth|half)s?)[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:(?:the|all|those)[ \t\u00a0]+)?(?:[\p{L}’'-]+[ \t\u00a0]+){0,4}$`, 'iu');

/** True when `q`'s speaker words close a share of respondents ("62% of tenants and owners said"). */
export function respondentSpeaker(text: string, q: Quote): boolean {
  const m = q.speakerMention;
  return m !== null && SHARE_OF_SPEAKER.test(text.slice(Math.max(0, m.start - 60), m.start));
}

// "The bridge cost $4 million, Mayor Ida Strand said, far more than the $2.5 million first budgeted": a comparison
// after the report's own frame, in the middle of the words, is the writer's (as after a closing "according to X")
const COMPARISON_OPEN = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:(?:far|much|well|slightly|significantly|a[ \t\u00a0]+lot)[ \t\u00a0]+)?(?:more|less|higher|lower|greater|fewer|bigger|smaller|cheaper|dearer)[ \t\u00a0]+than|compared[ \t\u00a0]+(?:with|to)|up[ \t\u00a0]+from|down[ \t\u00a0]+from|versus)[ \t\u00a0][^,;:.!?()"“”]{0,60}$/iu;

/** A figure in a comparison the writer appends after a report's frame that sits inside the quote's span. */
export function afterFrame(text: string, q: Quote, f: Figure): boolean {
  if (!q.cue || q.cue.start <= q.start || q.cue.end > f.start || inVerbatim(q, f)) return false;
  const frameEnd = Math.max(q.cue.end, q.speakerMention && q.speakerMention.end <= f.start ? q.speakerMention.end : 0);
  return f.start - frameEnd <= 100 && COMPARISON_OPEN.test(text.slice(frameEnd, f.start));
}
