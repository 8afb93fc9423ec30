// A report of its own in parentheses inside another content: "The footage showed the ferry listing badly (the
// coastguard later said it had hit a sandbar).", "cited a rise in thefts (the chief has since disputed the count)
// across the county". The writer adds a second source's word beside the first; it is not what the first speaker
// said, so the inner record stands beside the outer one (nesting.ts would otherwise drop it), and where the
// parenthesis closes the outer content, that content ends before it. So too in a content before its frame: "Two nurses
// (one of whom said she was tired) left early, the manager said" (the manager did not report the nurse's words).
import type { Draft } from './draft.js';
import { opensRelative } from './positions.js';

// an opening parenthesis right before the inner subject: nothing between them but spaces
const OPENS_BEFORE_SUBJECT = /\(\s*$/;
// after the closing parenthesis, to the outer content's end: only closing marks and spaces
const CLOSES_CONTENT = /^[\s”"’'.,;:!?]*$/;

/**
 * How `outer` meets the report in parentheses that `inner` read inside its content: 'none' (no such report), 'beside'
 * (both records stand, the outer content unchanged: the parenthesis has words of the outer content after it), or the
 * offset where the outer content now ends (before the parenthesis, its spaces trimmed). The inner draft must have found
 * its own subject right after the "(" and its cue inside the same parenthesis, in plain text (no quote marks around it:
 * `quoted` tells).
 */
export function parentheticalReport(text: string, inner: Draft, outer: Draft, quoted: boolean): 'none' | 'beside' | number {
  if (!quoted && beforeFrame(text, inner, outer)) return 'beside';
  const m = inner.who.speakerMention;
  if (quoted || inner.rule !== 'X-said-content' || outer.rule !== 'X-said-content' || !/^subject\b/.test(inner.who.speakerRule ?? '')) return 'none';
  if (m === null || outer.cue === null || inner.cue === null || m.start <= outer.cue.end || m.end > inner.cue.start) return 'none';
  const lead = OPENS_BEFORE_SUBJECT.exec(text.slice(outer.cue.end, m.start));
  if (lead === null || text.slice(m.start, inner.cue.start).includes(')')) return 'none';
  const open = outer.cue.end + lead.index;
  const close = text.indexOf(')', inner.cue.end);
  if (close < 0 || close > outer.end) return 'none';
  if (!CLOSES_CONTENT.test(text.slice(close + 1, Math.max(close + 1, outer.end)))) return 'beside';
  const end = text.slice(outer.start, open).trimEnd().length + outer.start;
  return end > outer.start ? end : 'none';
}

/** Whether `inner` reports in a parenthesis that opens and closes inside `outer`'s content before its frame: "Two nurses
 *  (one of whom said she was tired) left early, the manager said" (the inner content ends by the ")"). As after a cue,
 *  its speaker stands right after the "(": a relative clause ("(which engineers say is unsafe)", "(including one who
 *  said ...)") describes a word of the outer content and stays in it; but a relative pronoun that opens the "(" and is
 *  the cue's own subject speaks for the head right before the bracket ("Dr Ives (who said the tap water was safe) was
 *  sacked, the board said"): the board did not report Ives's words, so that record stands too. */
function beforeFrame(text: string, inner: Draft, outer: Draft): boolean {
  const m = inner.who.speakerMention;
  if (!/^content-/.test(outer.rule) || inner.rule !== 'X-said-content' || outer.cue === null || inner.cue === null || outer.cue.start < outer.end) return false;
  // (both marks looked for inside the outer content only: one outside it fails the test anyway)
  const at = text.slice(outer.start + 1, inner.cue.start + 1).lastIndexOf('(');
  if (m === null || at < 0) return false;
  const open = outer.start + 1 + at;
  if (!subjectAfterOpen(text, open, m.start) && !relativeOnHead(text, open, inner)) return false;
  const closeAt = text.slice(inner.cue.end, outer.end).indexOf(')');
  const close = inner.cue.end + closeAt;
  return !text.slice(open, inner.cue.start).includes(')') && closeAt >= 0 && inner.end <= close + 1;
}

function subjectAfterOpen(text: string, open: number, subject: number): boolean {
  return subject > open && OPENS_BEFORE_SUBJECT.test(text.slice(open, subject));
}

// "(who said": the pronoun right after the "(" and the cue right after it, its speaker the head before the bracket
const RELATIVE_THEN_CUE = /^\(\s*\p{L}+\s*$/u;
function relativeOnHead(text: string, open: number, inner: Draft): boolean {
  const m = inner.who.speakerMention;
  return inner.cue !== null && m !== null && m.start < open && /^relative-antecedent/.test(inner.who.speakerRule ?? '')
    && opensRelative(text, open + 1) && RELATIVE_THEN_CUE.test(text.slice(open, inner.cue.start));
}
