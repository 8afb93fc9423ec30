// "half a mile", "half an hour", "a quarter of a percentage point", "three quarters of an hour", "a tenth of a
// second": a spelled fraction of one unit is a measure of that unit (0.5 mi, 0.25 pp), as "0.5 miles" is. Read
// digit by digit the fraction was a bare count and the unit a stray word ("second" even a rank).
import { UNIT_WORDS } from '../../lexicon/units.js';
import { AMBIGUOUS_POUNDS, CURRENCY_WORDS } from '../../lexicon/currencies.js';

// the article of the one unit, after "of" or (for "half") alone: "half a", "a quarter of an"
const OF_AN = /^[ \t]{1,2}(?:of[ \t]{1,2})?an?(?=[ \t]{1,2}\p{L})/iu;
const NEXT_WORD = /^[ \t]{1,2}(\p{L}+)/u;
// the first words of the percent forms, which attach.ts reads ("per cent", "percentage point", "basis point")
const PERCENT_HEADS = ['per', 'percent', 'percentage', 'basis'];
// currency names that are common words after "a" first ("a third of a real risk", "half a bit", "a won race")
const WORDS_FIRST: ReadonlySet<string> = new Set(['real', 'won', 'dong', 'bit', 'lei', 'leu', 'lev']);
// a unit or currency named in words (its first word, lower case); symbols ("m", "in") are no unit after "a"
const UNIT_HEADS: ReadonlySet<string> = new Set([...Object.keys(UNIT_WORDS), ...Object.keys(CURRENCY_WORDS), ...AMBIGUOUS_POUNDS, ...PERCENT_HEADS]
  .map((k) => k.split(' ')[0]!.toLowerCase()).filter((w) => !WORDS_FIRST.has(w)));

/**
 * The length of the article (" a", " of an") after a fraction ending at `end` when a unit named in words follows
 * it, else 0: the unit itself is then read from the end of the article, as after any number.
 */
export function articleBeforeUnit(text: string, end: number): number {
  const art = OF_AN.exec(text.slice(end, end + 10));
  if (!art) return 0;
  const next = NEXT_WORD.exec(text.slice(end + art[0].length, end + art[0].length + 24));
  return next && UNIT_HEADS.has(next[1]!.toLowerCase()) ? art[0].length : 0;
}
