// Reads one spelled-out or digit number starting at a position: "1.5 billion", "a hundred and
// two", "twenty-one", "half-million", "three-quarters", "6 thousand 5 hundred and 43". This file
// reads the first token (digits, a number word, "a"/"half" before a scale); continue-number.ts
// reads the tokens after it, each once, so the pass stays linear.
import { FRACTION_WORDS, GROUP_WORDS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { continueFrom, type Last } from './continue-number.js';
import { parseDigits } from './notation.js';
import { rankAfterArticle, rankedPeriod } from './spoken-parts.js';
import { articleBeforeUnit } from './fraction-of-unit.js';

export interface NumberRead {
  start: number;
  end: number;
  value: number;
  words: boolean;
  scale: number;
  /** Set when the phrase is an ordinal ("twenty-first"); value is then the rank. */
  ordinal: boolean;
  fraction: boolean;
  plainDigits: boolean;
}

export const DIGITS = /\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3}){2,}(?:\.\d+)?(?!\d)|\d{1,3} 0\d{2}(?: \d{3})*(?:\.\d+)?(?!\d)|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?(?:[eE][-+]?\d{1,3}(?!\d))?|\.\d+/y;

const lower = (w: string): string => w.toLowerCase();
// a bare "half"/"quarter" is a number only before a scale or "of": "half-million", "a quarter of" ("half" also before
// one unit: "half a mile", fraction-of-unit.ts)
const HALF_FOLLOWERS = /^[ \t]{0,2}(?:[-‐‑][ \t]?|[ \t]a[ \t]{1,2})?(?:million|billion|trillion|thousand|hundred|dozen)\b|^[ \t]{1,2}of\b/i;
// "half" also takes a determiner without "of" ("more than half the voters", "half its staff");
// "quarter" does not ("a quarter the size" is rare, "quarter the onions" a verb)
const HALF_DETERMINER = /^[ \t]{1,2}(?:the|his|her|its|their|our|my|your|these|those)(?![\p{L}])/iu;
// a bound or estimate before "half" makes it a share whatever follows ("more than half voted")
const HALF_BOUNDED = /(?:^|[^\p{L}])(?:than|nearly|almost|about|around|roughly|over|under|barely|exactly|precisely)[ \t]+$/iu;
// "fell by half", "cut emissions by half by 2030": the size of a change, ending its phrase (not "by half past nine",
// "by half-time"; "cut the cake in half" splits a thing, and "in" is left out)
const HALF_CHANGE_BEFORE = /(?:^|[^\p{L}])by[ \t]+$/iu;
const HALF_CHANGE_AFTER = /^(?:[ \t]*(?:[,.;:!?)\]—–]|$)|[ \t]+(?:from|to|in|on|at|by|since|over|under|last|this|next|after|before|and|but|or|while|as|when|compared|between|during|within|for)(?![\p{L}]))/iu;
// ("about half-full" describes, it counts nothing)
const HYPHEN_WORD = /^[-‐‑]\p{L}/u;

/** The article or "one" right before a scale, group or fraction word ("a hundred", "an eighth"). */
function articleBefore(text: string, pos: number): number | null {
  const m = /(?:^|[^\p{L}])((?:an?|one)[ \t]{1,3})$/iu.exec(text.slice(Math.max(0, pos - 8), pos));
  return m && m[1] ? pos - m[1].length : null;
}

export function readNumber(text: string, pos: number, first: string, firstEnd: number): NumberRead | null {
  const w = lower(first);
  let start = pos;
  let total = 0;
  let cur = 0;
  let last: Last;
  let lastScale = Infinity;
  let words = true;
  let ordinal = false;
  let fraction = false;
  let scale = 1;
  let plainDigits = false;
  if (/^[\d.]/.test(first)) {
    cur = parseDigits(first);
    last = 'digit';
    words = false;
    plainDigits = /^\d+$/.test(first);
  } else if (w in UNIT_WORDS) { cur = UNIT_WORDS[w]!; last = cur < 10 ? 'unit' : 'teen'; }
  else if (w in TENS_WORDS) { cur = TENS_WORDS[w]!; last = 'tens'; }
  else {
    const art = articleBefore(text, pos);
    if (w === 'half' || w === 'quarter') {
      // "half-million", "half a dozen", "a quarter of", "a half"
      cur = w === 'half' ? 0.5 : 0.25;
      last = 'half';
      if (art === null && rankedPeriod(text, pos)) return null;
      if (art !== null) start = art;
      else if (!HALF_FOLLOWERS.test(text.slice(firstEnd, firstEnd + 20)) && !(w === 'half' && (articleBeforeUnit(text, firstEnd) > 0 || HALF_DETERMINER.test(text.slice(firstEnd, firstEnd + 10)) || (HALF_BOUNDED.test(text.slice(Math.max(0, pos - 12), pos)) && !HYPHEN_WORD.test(text.slice(firstEnd, firstEnd + 2)))
        || (HALF_CHANGE_BEFORE.test(text.slice(Math.max(0, pos - 4), pos)) && HALF_CHANGE_AFTER.test(text.slice(firstEnd, firstEnd + 12)))))) return null;
      fraction = true;
    } else if (art !== null && w in ORDINAL_WORDS && rankAfterArticle(text, firstEnd)) {
      // "a fifth term", "a third straight loss": a rank, not a fraction
      return { start, end: firstEnd, value: ORDINAL_WORDS[w]!, words: true, scale: 1, ordinal: true, fraction: false, plainDigits: false };
    } else if (art !== null && (w in SCALE_WORDS || w in GROUP_WORDS || w in FRACTION_WORDS)) {
      start = art;
      cur = 1;
      // the article counts as "one" and the word itself is read as if it followed it
      return continueFrom(text, start, firstEnd - first.length, { cur: 1, total: 0, last: 'unit', lastScale, words, ordinal, fraction, scale, plainDigits: false }, true);
    } else if (w in ORDINAL_WORDS) {
      return { start, end: firstEnd, value: ORDINAL_WORDS[w]!, words: true, scale: 1, ordinal: true, fraction: false, plainDigits: false };
    } else return null;
  }
  return continueFrom(text, start, firstEnd, { cur, total, last, lastScale, words, ordinal, fraction, scale, plainDigits });
}

