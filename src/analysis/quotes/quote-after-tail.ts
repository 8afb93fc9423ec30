// "X said of the plan. “CONTENT”": a cue whose own tail is short (an adverbial or a bare object, or
// nothing) reports the quote that opens the next sentence of its paragraph; a clause of its own,
// "said rents had doubled", is the content instead (content-after.ts).
import type { Cue } from '../../types.js';
import type { Ctx } from './cue-context.js';
import { wordCount } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// a tail that is no clause: a preposition's phrase, or a bare object ("defended the budget")
const TAIL_ADVERBIAL = new RegExp(String.raw`^(?:of|about|on|in|at|to|with|during|after|before|for|from|over|this|last|${WEEKDAYS}|yesterday|today|again|too|also|then|later|earlier)\b`, 'i');
const OBJECT_ONLY = /^(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\p{L}’'-]+\s+){0,1}[\p{L}’'-]+[\s.!?:]*$/u;

/** Whether a closed quote has an attribution right after it ("“...,” she said" / "“...,” said Ann Lee"). */
function attributedOnItsOwn(ctx: Ctx, close: number): boolean {
  const text = ctx.s.doc.text;
  if (!/[,?!…—–-]/.test(text[close - 2] ?? '')) return false;
  // the cues starting within 60 characters after the close (a binary search, then a short walk)
  const cues = ctx.s.cues;
  for (let i = firstNotBefore(cues, (c) => c.start <= close); i < cues.length && (cues[i]?.start ?? Infinity) - close <= 60; i++) {
    const c = cues[i] as Cue;
    if (c.kind === 'verb' && !/[.!?;:“”"]/.test(text.slice(close, c.start))) return true;
  }
  return false;
}

/** The next sentence's quote that a cue with the short tail `start`..`end` reports, or null. */
export function quoteAfterTail(ctx: Ctx, cue: Cue, start: number, end: number): { open: number; close: number } | null {
  const { s, sentence } = ctx;
  const text = s.doc.text;
  const tailText = text.slice(start, Math.min(end, start + 40));
  const tailWords = wordCount(tailText);
  if (tailWords > 3 || (tailWords !== 0 && !TAIL_ADVERBIAL.test(tailText) && !OBJECT_ONLY.test(tailText))) return null;
  const next = ctx.speech.openingFrom(sentence.end);
  // same paragraph only: a quote paragraph after it has its own attribution or continues another
  // and not when this sentence attributes a quote of its own (“A,” she said, as the band played. “B.”):
  // the next quote goes on with that one
  const quoted = ctx.speech.within(sentence.start, cue.start).length > 0;
  if (!quoted && next !== undefined && next.open <= sentence.end + 4 && /^[ \t]*$/.test(text.slice(sentence.end, next.open)) && !attributedOnItsOwn(ctx, next.close)) return next;
  return null;
}
