// Step 4b: "about", "over", "around" before a figure are bounds or estimates only when they
// modify the number. After a verb or noun that takes them as a preposition they introduce an
// object, and the figure is exact: "talked about 412 options", "presided over four trials", "was
// chosen over four rivals", "wrong about one detail", "$12 billion over eight years" (a span of time).
import { PREPOSITION_TAKERS } from '../../lexicon/qualifiers.js';
import type { Candidate } from './candidate.js';

const PREPOSITIONS = new Set(['about', 'over', 'around', 'under', 'above', 'below', 'beyond', 'near']);
const WORD_BEFORE = /([\p{L}'’]+)[ \t]+$/u;
// "about one in five", "over one out of three": a share, whose estimate the ratio step keeps
const SHARE_AFTER = /^[ \t]+(?:in|out[ \t]+of)[ \t]/i;
// "$12 billion over eight years", "rose 4% over five years", "built over 40 years": a span of time an amount
// or a change is spread over; "worked for over 10 years", "waited over 30 hours" are bounds
// The amount may sit anywhere earlier in the same clause ("added $6 billion for crop insurance over
// 10 years"); the window is bounded, so the scan stays linear. (Money may carry a glued scale, "£12m", "$4.5bn";
// only after a currency sign: a bare "3m" or "4b" is as often metres or a clause number.)
const AMOUNT_BEFORE_SPAN = /(?:\d%?|[$£€¥]\d[\d.,]*(?:bn|mn|tn|m|k|b)|million|billion|trillion|thousand|percent|cent|dollars|euros|pounds)(?![\p{L}\d])[^.;!?\n]{0,70}$/iu;
// ...unless a word right before "over" makes it a length of time that is bounded: "for over 10 years",
// "has been over 90 days", "took over 10 years to build", "the first time in over a decade"
const BOUND_SPAN_BEFORE = new Set(['for', 'been', 'be', 'being', 'is', 'was', 'are', 'were', 'took', 'take', 'takes', 'taking',
  'lasted', 'lasting', 'lasts', 'last', 'ran', 'run', 'runs', 'in', 'of', 'spanning', 'spanned', 'after', 'than', 'aged', 'age']);
// "over 10 years old", "over 18 years of age": an age bound, whatever comes before
const AGE_AFTER = /^[ \t]+(?:old|of[ \t]+age)(?![\p{L}])/iu;
const FRONTED = /(?:^|[.!?\n][ \t"'”’]*)$/u;
const SPREAD_VERBS = new Set(['rose', 'fell', 'grew', 'increased', 'declined', 'dropped', 'climbed', 'cultivated', 'built',
  'accumulated', 'spread', 'phased', 'averaged', 'amortized', 'repaid', 'payable', 'paid', 'saved', 'raised', 'gained', 'lost']);
// "near 10 Elm Street", "near 4 Tarn Road": a number without a unit before a capitalised word is a house number
// or a name's, and "near" is a place ("highs near 104 degrees", "near 30 C" keep their estimate)
const NAME_AFTER = /^[ \t]+\p{Lu}/u;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'min', 'decade', 'quarter', 'century']);

/**
 * Whether the one-word qualifier `phrase`, written at `at` before figure `c`, is a preposition
 * rather than a bound or an estimate (then the figure stays exact and its text starts at the number).
 */
export function prepositionalUse(text: string, phrase: string, at: number, c: Candidate): boolean {
  if (!PREPOSITIONS.has(phrase)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  const word = before?.[1]?.toLowerCase() ?? '';
  if (PREPOSITION_TAKERS[phrase]?.has(word)) return true;
  if (phrase === 'near') return c.unit === null && NAME_AFTER.test(text.slice(c.end, c.end + 4));
  // an estimate of "one" alone is rare; "about one of", "over one thing" are prepositions
  if (c.words && c.value === 1 && c.scale === 1 && text.slice(c.start, c.end).toLowerCase() === 'one') return !SHARE_AFTER.test(text.slice(c.end, c.end + 12));
  if (phrase === 'over' && c.unit !== null && TIME_UNITS.has(c.unit)) {
    // ("Over 10 years, the fund returned 7%": a fronted span)
    if (AGE_AFTER.test(text.slice(c.end, c.end + 12))) return false;
    return SPREAD_VERBS.has(word) || (!BOUND_SPAN_BEFORE.has(word) && AMOUNT_BEFORE_SPAN.test(text.slice(Math.max(0, at - 80), at)))
      || (FRONTED.test(text.slice(Math.max(0, at - 4), at)) && text[c.end] === ',');
  }
  return false;
}
