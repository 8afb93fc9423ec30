// A spaced dash before a participle cue: "said the pitch was “a disgrace” — insisting that ...". The dash ends the first
// content as a comma would, and the participle is the speaker's next claim (content-end.ts cuts there, verb-cue.ts reads the
// participle as continuing the frame); a second dash after the cue makes the two an aside inside the content instead.
import type { Cue } from '../../types.js';
import { wordCount } from './text-utils.js';

// a spaced dash (an em or en dash, or one or two hyphens after a space) ending the text before a cue
const DASH_BEFORE = /\s*(?:[—–]|\s--?)\s*$/;
/** A spaced dash anywhere in a stretch of text. */
export const SPACED_DASH = /[—–]|\s--?\s/;

/** Where a spaced dash before the (participle) cue `next` ends the content that opened at `cueEnd` (`before`: the few
 *  characters right before `next`); null with no such dash, or where a second dash after the cue closes an aside
 *  ("said the plan — citing costs — would slip"). */
export function dashBeforeCue(text: string, cueEnd: number, next: Cue, before: string, sentenceEnd: number): number | null {
  const dash = DASH_BEFORE.exec(before);
  if (dash === null || SPACED_DASH.test(text.slice(next.end, sentenceEnd))) return null;
  const at = next.start - before.length + dash.index;
  return wordCount(text.slice(cueEnd, at)) >= 2 ? at : null;
}

// a dash that sets off an aside: an em dash, or a spaced en dash or one or two hyphens ("2010–2012" is a range, no dash)
const ASIDE_DASH = /—|\s–\s|\s--?\s/g;

/** "The mayor -- who said last week that the plan was dead -- voted for it": a cue inside a dash aside (an odd number of
 *  dashes between the sentence's start `from` and the cue) says no more than the aside holds, as inside parentheses. */
export function dashAsideEnd(text: string, from: number, cue: Cue, end: number): number {
  const before = text.slice(Math.max(from, cue.start - 200), cue.start);
  if (((before.match(ASIDE_DASH) ?? []).length & 1) === 0) return end;
  ASIDE_DASH.lastIndex = 0;
  const close = ASIDE_DASH.exec(text.slice(cue.end, end));
  ASIDE_DASH.lastIndex = 0;
  return close === null || wordCount(text.slice(cue.end, cue.end + close.index)) < 1 ? end : cue.end + close.index;
}
