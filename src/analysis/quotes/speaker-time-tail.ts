// A time phrase between a subject and its cue ("The audit office on Monday said", "The tax office last week
// said", "The port authority late on Friday said"): wire copy puts when a statement was made right after who
// made it. The mention stage finds a listed body before such a phrase; a noun phrase it does not list ("The
// audit office") is read without the time phrase, whose date word would otherwise end the phrase and name nobody.
import { WEEKDAYS, MONTHS } from '../../lexicon/weekdays.js';
import { DAY_PARTS, SEASONS } from '../../lexicon/time-words.js';

// "on Monday", "late on Friday night", "Tuesday", "last week", "earlier this month", "on March 3", "in May"
// (read from the phrase's start too, so that a phrase that is all time, "On Monday", is left whole)
const TIME_TAIL = new RegExp(String.raw`(?:^|\s+)(?:(?:(?:late|early)\s+)?(?:on\s+)?(?:${WEEKDAYS})(?:\s+(?:${DAY_PARTS}))?`
  + String.raw`|(?:last|this|earlier\s+this|later\s+that|late\s+last|early\s+this)\s+(?:week|weekend|month|year|${SEASONS}|${DAY_PARTS}|${WEEKDAYS})`
  + String.raw`|(?:in|on)\s+(?:${MONTHS})(?:\s+\d{1,2})?)\s*$`, 'iu');

/** The end of the phrase [start, end) without a time phrase closing it, or `end` when none does (or nothing else is left). */
export function endBeforeTimeTail(text: string, start: number, end: number): number {
  const m = TIME_TAIL.exec(text.slice(start, end));
  return m !== null && m.index > 0 ? start + m.index : end;
}
