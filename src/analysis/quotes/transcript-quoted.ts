// A quote in marks inside a transcript turn, framed by a verb of saying: 'A: My coach told me, "Keep your head down,"
// and he was right.' The turn is the answerer's words; the quote inside is someone else's (or the answerer's own at
// another time), with its own speaker and cue, so annotated transcripts draw it beside the turn. transcript.ts keeps
// such a draft inside a turn, and nesting.ts leaves it beside the turn that holds it.
import type { Draft } from './draft.js';
import type { QuoteSpan } from '../stage-types.js';

// between the cue and the opening mark: a listener of a word or two and a comma or colon at most ("told me, ", "said: ")
const CUE_TO_MARK = /^(?:\s+[\p{L}’'-]+){0,2}\s*[,:]?\s*$/u;

/** Whether `d` is a verb cue's quote in marks: its content lies in one speech span opened right after the cue. */
export function quotedAfterCue(text: string, d: Draft, spans: readonly QuoteSpan[]): boolean {
  const cue = d.cue;
  if (cue === null || cue.kind !== 'verb' || d.start < cue.end) return false;
  const span = spans.find((q) => q.open >= cue.end && q.open <= d.start && d.end <= q.close);
  return span !== undefined && CUE_TO_MARK.test(text.slice(cue.end, span.open));
}
