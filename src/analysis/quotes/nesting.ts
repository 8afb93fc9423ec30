// Nested attributions: a cue that lies inside another quote's content. PolNeAR-style annotation
// mostly keeps the outer one, so the inner is dropped; but a post-content attribution
// ("“...,” she said" / "..., X said.") is the stronger reading, and the pre-content quote that ran
// over it is dropped instead; and an inner cue whose own subject opens a clause after a join (", and a
// supporter at the rally repeated ...") ends the outer content there, both kept (own-clause.ts). A noun of saying
// inside the clause of a passive with no agent ("The plan is expected to pass despite his warning that it would
// cost too much") is kept beside it: annotated news draws both, the passive's content and the noun's own; so is a
// report of its own in parentheses ("showed the ferry listing (the coastguard said it had run aground)"). Drafts
// are sorted by start; each looks back over a bounded number of earlier drafts, so this stays linear.
import type { Draft } from './draft.js';
import type { SpeechSpans } from './text-utils.js';
import { ownClauseStart } from './own-clause.js';
import { parentheticalReport } from './parenthetical-report.js';
import { quotedAfterCue } from './transcript-quoted.js';

const LOOK_BACK = 8;
// post-content attributions are the strong readings (not a quote right after an inner cue: "said the firm
// never discusses “rumours.”" stays in the outer content)
export const POST_CONTENT = /^content-/;

/**
 * "“We will win,” she said, referring to the vote. “They know it.”": a participle in the frame that
 * interrupts a quote (the outer draft's own cue inside its content, this cue after it and outside
 * the marks) is an attribution of its own, beside the quote, not nested in it.
 */
function frameParticiple(d: Draft, o: Draft, speech: SpeechSpans): boolean {
  const cue = d.cue;
  return cue !== null && o.cue !== null && d.rule === 'adding-content' && o.cue.start > o.start && o.cue.end < cue.start
    && speech.containing(cue.start) === undefined;
}

export function resolveNesting(drafts: Draft[], speech: SpeechSpans, text: string): Set<number> {
  const dropped = new Set<number>();
  const byStart = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start);
  for (let k = 0; k < byStart.length; k++) {
    const { d, i } = byStart[k] as { d: Draft; i: number };
    const cue = d.cue;
    if (cue === null) continue;
    // any draft whose content holds this cue starts before the cue
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const { d: o, i: oi } = byStart[j] as { d: Draft; i: number };
      if (o.start > cue.start || cue.end > o.end || dropped.has(oi)) continue;
      if (frameParticiple(d, o, speech)) break;
      // (a quote in marks framed by its own verb inside a transcript turn stands beside the turn, transcript-quoted.ts)
      if (o.rule === 'transcript-turn' && quotedAfterCue(text, d, speech.spans)) break;
      if (POST_CONTENT.test(d.rule) && o.rule === 'X-said-content') {
        // the outer reading keeps what it said before the inner quote began, if anything
        if (d.start > o.start + 2 && o.cue !== null && o.cue.end < d.start) o.end = d.start;
        else dropped.add(oi);
      } else {
        // a report of its own in parentheses stands beside the outer one, which may end before it (parenthetical-report.ts)
        const aside = parentheticalReport(text, d, o, speech.containing(cue.start) !== undefined);
        if (typeof aside === 'number') o.end = aside;
        else if (aside === 'none') {
          // a clause of its own inside the outer content ends that content at its join (own-clause.ts)
          const cut = ownClauseStart(text, d, o);
          if (cut >= 0) o.end = cut;
          else if (cue.kind !== 'noun' || o.rule !== 'passive-clause') dropped.add(i);
        }
      }
      break;
    }
    // and drafts starting after this one cannot hold its cue unless they start before the cue
    for (let j = k + 1; j < byStart.length && j <= k + LOOK_BACK; j++) {
      const { d: o, i: oi } = byStart[j] as { d: Draft; i: number };
      if (o.start > cue.start) break;
      if (cue.end > o.end || dropped.has(oi) || o === d) continue;
      if (POST_CONTENT.test(d.rule) && o.rule === 'X-said-content') dropped.add(oi);
      else dropped.add(i);
      break;
    }
  }
  return dropped;
}
