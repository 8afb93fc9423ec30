// A quote running over paragraphs (each paragraph opens with a mark, the last one closes it) whose
// attribution is in a later paragraph: "“A.¶“B,” Ms. Vela said." is one quote by Vela, from A. The run may
// open after narration in its paragraph ("She turned to the crowd. “A.¶“B,” she said."): news sets a scene
// and then lets the speaker talk; only an attribution before it in the paragraph makes it an interrupted
// quote instead ("“A,” she said. “B.¶“C.”", standalone.ts step 2).
import type { QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { firstNotBefore } from '../sorted.js';

/**
 * The draft, among those from `j` on, that attributes a later paragraph of the run spans[i..last] from
 * after its start ("“A.¶“B,” she said."): it gets the whole run. The news convention opens each
 * paragraph of a running quote with a mark, so such a draft starts at a paragraph's opening mark.
 */
export function attributedLater(spans: QuoteSpan[], i: number, last: number, sorted: Draft[], j: number, close: number): Draft | undefined {
  for (let x = j; x < sorted.length && (sorted[x]?.start ?? close) < close; x++) {
    const d = sorted[x] as Draft;
    if (d.cue === null || !/^content-/.test(d.rule)) continue;
    // the paragraph's span the draft starts at (spans are sorted and disjoint)
    const k = firstNotBefore(spans, (x) => x.close <= d.start);
    const sp = spans[k];
    if (sp !== undefined && k > i && k <= last && d.start >= sp.open && d.start <= sp.inner.start && d.cue.start >= sp.inner.start) return d;
  }
  return undefined;
}

/**
 * Whether the paragraph holds only narration before the run's opening mark `open` (from `paraStart`): the mark
 * opens a sentence and no draft (an attribution) starts or has its cue there; `sorted` are the drafts, `j` the
 * first one not before the mark.
 */
export function narrationBefore(sorted: Draft[], j: number, paraStart: number, open: number, opensSentence: boolean): boolean {
  if (!opensSentence) return false;
  for (let x = j - 1; x >= 0; x--) {
    const d = sorted[x] as Draft;
    if (d.end > paraStart && d.start < open) return false;
    if (d.cue !== null && d.cue.start >= paraStart && d.cue.start < open) return false;
    if (d.start < paraStart - 2000) break;
  }
  return true;
}
