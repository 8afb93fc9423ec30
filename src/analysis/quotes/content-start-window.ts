// The words right after a cue as content-start.ts reads them: the asides between commas that are no clause mark of
// the content are blanked to spaces (offsets kept), so the listener's or the adverbial's end is found as without them.
import { withoutHedges } from './hedge-aside.js';
import { withoutSpeakerAsides } from './content-end-aside.js';
import { withoutNamingAsides } from './naming-aside.js';

/** The text from `from` up to `end` (at most 90 chars) with these asides blanked: a hedge ("told the board the lift,
 *  they feared, was unsafe", hedge-aside.ts), a speaker's aside ("told the court the driver, she added, had fled",
 *  content-end-aside.ts) and a naming aside before the "that" ("told the court, in what she called a routine visit,
 *  that", naming-aside.ts). */
export function cueWindow(text: string, from: number, end: number): string {
  return withoutNamingAsides(withoutSpeakerAsides(withoutHedges(text.slice(from, Math.min(end, from + 90)))));
}
