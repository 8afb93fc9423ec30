// When a quote in marks with no cue of its own goes on with an attributed quote before it (annotated
// news makes them one quote): a quote interrupted by a short attribution (“A,” he said. “B.”), a quote
// paragraph after one whose attribution ends its paragraph (“A,” she said.¶“B.”), and a quote
// sentence right after a report that ends its sentence ("She added that A. “B.”").
import type { Resolved } from '../state.js';
import type { QuoteSpan } from '../../types.js';
import type { Draft } from './draft.js';
import { paragraphOf } from './lead-in-quotes.js';
import { CLOSERS, wordCount } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';

const MAX_GAP_WORDS = 14; // ", he said. " / ", said the spokeswoman for the ministry. "
const MAX_ATTRIBUTION_WORDS = 60; // a speaker's full apposition ("said Ann Lee, who ran ... and now ...")

// reported speech before its content (what a quote sentence after it may go on with)
const REPORTS = /^(?:X-said-content|adding-content)$/;
// attributions whose quote may go on in the next paragraph: the quote, then its cue, in one sentence
const JOINS = /^content-(?:X-said|said-X)$|^X-said-quote$|^X-said-colon$|^colon-lead-in$/;
// the joining attributions whose content stands before the cue
const BEFORE_CUE = /^content-(?:X-said|said-X)$/;

/** Whether the sentence holding `at` is the last one of its paragraph (no new sentence before `paraEnd`). */
function lastSentenceOfParagraph(s: Resolved, at: number, paraEnd: number): boolean {
  const lo = firstNotBefore(s.sentences, (x) => x.end <= at);
  const next = s.sentences[lo + 1];
  return next === undefined || next.start >= paraEnd;
}

/**
 * Whether quote `q` (paragraph `para`, sentence index `si`) is the second half of `c`, a quote that ends
 * in its marks with its attribution after it: the gap between them is a short attribution in the same
 * paragraph, or a longer one that is the one sentence of the attribution (“A,” said X, who ran Y from
 * 1990 to 1995 and ... . “B.”) with the quote opening the very next sentence.
 */
export function interrupts(s: Resolved, c: Draft, q: QuoteSpan, para: number, si: number, startsSentence: boolean): boolean {
  // (c.end is just past its closing mark, which may end the paragraph: look at the mark itself)
  if (q.open - c.end >= 300 || paragraphOf(s, c.end - 1) !== para || c.cue === null) return false;
  const gap = s.doc.text.slice(c.end, q.open);
  // once its attribution interrupts it (the cue inside the record), a quote takes a further fragment only with no
  // words between: '“A,” she said. “B,” and with that she left with a curt “Bye.”' goes on with the writer's
  // narration, and the quote in it is no part of hers (an attribution there would be a cue of its own)
  if (c.cue.start > c.start && c.cue.end <= c.end && /\p{L}/u.test(gap)) return false;
  const oneSentence = startsSentence && c.cue.start > c.end - 1 && si > 0 && (s.sentences[si - 1]?.start ?? 0) <= c.end && wordCount(gap) <= MAX_ATTRIBUTION_WORDS;
  return (wordCount(gap) <= MAX_GAP_WORDS || oneSentence) && c.cue.end <= q.open;
}

/**
 * A quote paragraph right after an attributed quote that ends its own paragraph: its attribution ends the paragraph
 * (“A,” she said.¶“B.”), or the quote goes on after its attribution to the paragraph's end (“A,” she said. “B.”¶“C.”).
 */
export function nextParagraphJoins(s: Resolved, c: Draft, para: number, startsSentence: boolean): boolean {
  if (c.cue === null || !startsSentence || !JOINS.test(c.rule) || para - paragraphOf(s, c.end - 1) !== 1) return false;
  // (the later of the cue and the quote's last mark must sit in the paragraph's last sentence)
  const reach = Math.max(c.cue.start, c.end - 1);
  return paragraphOf(s, c.cue.start) === para - 1 && lastSentenceOfParagraph(s, reach, s.paragraphs[para - 1]?.end ?? 0)
    && !reportBeforeCue(s, c);
}

/**
 * Whether `c` reports before its cue without quotation marks ("The old coach was strict, she recalls, but fair."):
 * a paraphrase is the writer's words, so a quote paragraph after it is a new quote of the same speaker (a
 * continuation record), not the second half of this one.
 */
function reportBeforeCue(s: Resolved, c: Draft): boolean {
  if (!BEFORE_CUE.test(c.rule)) return false;
  // (the content's last character, its comma or full stop aside: “A,” and “A.” close a quote, "A," does not)
  const content = s.doc.text.slice(c.start, c.end).replace(/[\s,.;:!?…—–-]+$/u, '');
  return !CLOSERS.includes(content.slice(-1));
}

/**
 * A quote sentence right after a report `sp` that ends its sentence, in its paragraph or the next
 * (one quote sentence: a run of quote paragraphs after it is continued, not swallowed, so a report
 * already `extended` takes no second one).
 */
export function reportGoesOn(s: Resolved, sp: Draft, q: QuoteSpan, para: number, startsSentence: boolean, extended: ReadonlySet<Draft>): boolean {
  return startsSentence && REPORTS.test(sp.rule) && sp.cue !== null && !extended.has(sp) && para - paragraphOf(s, sp.end - 1) <= 1
    && /^[\s.!?…]{0,6}$/.test(s.doc.text.slice(sp.end, q.open));
}
