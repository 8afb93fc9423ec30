// A hedge between commas inside another report: "The council said the bridge, it appears, would stay shut", "The
// chef said the trainees, I think, were the best". The parenthetical ("it seems", "it appears", "I think", "we
// believe") qualifies the reported clause it stands in; it is no attribution of its own, and read as one (the
// "Five years ago, he said, ..." aside) its content took the whole sentence, the outer report's cue with it. Standing
// alone ("The bridge, it appears, will stay shut") the hedge is still the sentence's cue (content-before.ts).
import type { Cue } from '../../types.js';

// the parenthetical's subject right after a comma: the impersonal "it" or the first person
const HEDGE_SUBJECT = /,\s*(?:it|I|we)\s+$/;
// the comma closing it right after the verb
const CLOSING_COMMA = /^\s*,/;

/**
 * Whether `cue` is a ", it seems," / ", I think," parenthetical inside the content of `report`, a cue earlier in its
 * sentence with no semicolon or colon between them (after one, the hedge qualifies a clause of the writer's).
 */
export function hedgeAsideInReport(text: string, sentenceStart: number, report: Cue | undefined, cue: Cue): boolean {
  if (report === undefined || report.start < sentenceStart || report.end >= cue.start) return false;
  if (/[;:]/.test(text.slice(report.end, cue.start))) return false;
  // (a one-word verb: "it seems", not "it was said that")
  if (/\s/.test(cue.text)) return false;
  return HEDGE_SUBJECT.test(text.slice(Math.max(report.end, cue.start - 8), cue.start)) && CLOSING_COMMA.test(text.slice(cue.end, cue.end + 3));
}
