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
