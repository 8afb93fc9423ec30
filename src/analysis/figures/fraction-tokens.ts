// The tokens inside a number that make or scale a fraction, read by continueFrom's loop: "half a
// dozen", "half a million", "two and a half", "four million and a half"; "three-quarters", "two
// thirds"; and the ranks that look like them ("twenty-first", "two hundredth").
import { FRACTION_WORDS, GROUP_WORDS, ORDINAL_WORDS, SCALE_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import type { State } from './continue-number.js';
import { rankAfterArticle, rankedPeriod } from './spoken-parts.js';

/** What a token did: the number ends before it (no `end`) or after it (`end`: a rank), or reading goes on from `end`. */
export type Step = { stop: true; end?: number } | { stop: false; end: number };

const STOP: Step = { stop: true };
const WORD_NEXT = /^[ \t]{1,3}(\p{L}{1,20})(?!\p{L})/u;
// "three quarters of voters", "three quarters full": parts of a whole, not periods of a year
const QUARTERS_AS_PARTS = /^[ \t]+(?:of|full|empty|done|finished|complete|gone|through|built)(?![\p{L}])/iu;
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]$/iu;

/** "a" or "one" (or a unit word after "and") following "half" or "and", the token `t` ending at `tokenEnd`. */
export function halfStep(text: string, t: string, tokenEnd: number, isAnd: boolean, s: State): Step {
  const after = WORD_NEXT.exec(text.slice(tokenEnd, tokenEnd + 24));
  const nx = after ? (after[1] ?? '').toLowerCase() : '';
  const nextEnd = tokenEnd + (after ? after[0].length : 0);
  if (s.last === 'half' && (nx in SCALE_WORDS || nx in GROUP_WORDS)) {
    const mult = SCALE_WORDS[nx] ?? GROUP_WORDS[nx]!;
    s.cur *= mult; s.last = nx in GROUP_WORDS ? 'group' : 'scale';
    if (nx in SCALE_WORDS && mult >= 1000) { s.total += s.cur; s.cur = 0; s.lastScale = mult; s.scale = mult; }
    s.fraction = false; s.plainDigits = false;
    return { stop: false, end: nextEnd };
  }
  if (isAnd && nx in FRACTION_WORDS && s.last !== 'half' && s.last !== 'fraction' && !(t === 'a' && rankAfterArticle(text, nextEnd, true))) {
    const unit = s.last === 'scale' ? s.lastScale : 1;
    const numerator = t === 'a' ? 1 : UNIT_WORDS[t]!;
    if (numerator > 1 && !nx.endsWith('s')) return STOP;
    s.cur += (numerator * unit) / FRACTION_WORDS[nx]!; s.last = 'fraction'; s.plainDigits = false;
    return { stop: false, end: nextEnd };
  }
  return STOP;
}

/** A fraction word `t` (ending at `tokenEnd`, after `sep`) after a whole number of the one that starts at `start`. */
export function fractionStep(text: string, start: number, t: string, sep: string, tokenEnd: number, s: State): Step {
  if (s.last === 'tens' && t in ORDINAL_WORDS && ORDINAL_WORDS[t]! < 10) { s.cur += ORDINAL_WORDS[t]!; s.ordinal = true; return { stop: true, end: tokenEnd }; }
  if (s.last === 'digit' && s.cur > 20) return STOP;
  if (s.cur === 1 && t.endsWith('s')) return STOP;
  // "the last three quarters", "2 quarters": spaced and with no "of" (or "full") after, quarters are periods
  if (t === 'quarters' && !sep.includes('-') && !QUARTERS_AS_PARTS.test(text.slice(tokenEnd, tokenEnd + 12))) return STOP;
  // "the first three quarters of the year", "the past two quarters of growth": periods even before "of"
  if (t === 'quarters' && !sep.includes('-') && rankedPeriod(text, start)) return STOP;
  // "two hundredth", "the one hundredth": a singular after more than one, or after "the", is a rank
  if (!t.endsWith('s') && t in ORDINAL_WORDS && FRACTION_WORDS[t]! >= 100 && (s.cur > 1 || THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)))) {
    s.cur *= FRACTION_WORDS[t]!; s.ordinal = true;
    return { stop: true, end: tokenEnd };
  }
  s.cur = s.cur / FRACTION_WORDS[t]!; s.last = 'fraction'; s.fraction = true; s.plainDigits = false;
  return { stop: false, end: tokenEnd };
}
