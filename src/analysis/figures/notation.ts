// Numbers written as arithmetic: powers ("1.1^23", "5x2^12", "3.7×10−4"), a division said in
// words ("one over three", "1500 over 7") and the continental decimal comma ("1.234,56").
// Each reader looks at a few characters after a number already read, so the scan stays linear.
import { tidy } from './candidate.js';

// "x 10^8", "×10−5", "8x2^10": a product with a power. Without a caret only a negative power of
// ten is read (a superscript lost in copying); "2x100" is no power
const TIMES_POWER = /[ \t]?[×x*][ \t]?(\d{1,3})(?:\^[ \t]?([-−+]?\d{1,3})|(?<=10)([-−]\d{1,3}))(?!\d)/y;
// "1.1^+23", "2^10"
const CARET = /\^[ \t]?([-−+]?\d{1,3})(?!\d)/y;

/** A power written after the digits `first` (ending at `end`): its value and end, or null. */
export function powerAfter(text: string, first: string, end: number): { value: number; end: number } | null {
  TIMES_POWER.lastIndex = end;
  const t = TIMES_POWER.exec(text);
  const exp = (s: string): number => Number(s.replace('−', '-'));
  if (t && t[1]) {
    const e = t[2] ?? t[3];
    if (e === undefined) return null;
    return { value: tidy(Number(first) * Number(t[1]) ** exp(e)), end: end + t[0].length };
  }
  CARET.lastIndex = end;
  const c = CARET.exec(text);
  if (c && c[1]) return { value: tidy(Number(first) ** exp(c[1])), end: end + c[0].length };
  return null;
}

/** "1.234,56": dots group thousands and a comma marks the decimals (two separators, so no doubt). */
const CONTINENTAL = /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/;
const COMMAS = /,/g;
// "1 234 567" and "1\u202f234": blanks group thousands (SI style)
const GROUP_BLANKS = /[ \u00a0\u202f\u2009]/;

/** The value of digits as the scan reads them: "1,234.5", "1 234 567", "1.234,56", "98,76,543". */
export function parseDigits(s: string): number {
  // most numbers have no separator: no regex, no copy for them
  if (GROUP_BLANKS.test(s)) return Number(s.replace(/[ \u00a0\u202f\u2009]/g, ''));
  if (!s.includes(',')) return Number(s);
  return CONTINENTAL.test(s) ? Number(s.replace(/\./g, '').replace(',', '.')) : Number(s.replace(COMMAS, ''));
}

const OVER = /^[ \t]{1,2}over[ \t]{1,2}(?=[\p{L}\d])/iu;
// the division ends its clause: "one over three." ("over 3 days" is a span, "over 3%" a bound)
const CLAUSE_END = /^[ \t]*(?:$|[.,;:!?)\]"”'’])/;

/** Where a spoken division's denominator starts after a whole number ("1 over thirty-two"), or -1. */
export function overAt(text: string, end: number): number {
  const m = OVER.exec(text.slice(end, end + 10));
  return m ? end + m[0].length : -1;
}

/**
 * Whether "N over M" is a division: M ends the clause, and either N is smaller or M is a single
 * digit ("1500 over 7"). "120 over 80" is a blood-pressure reading, not a ratio to compute.
 */
export function isDivision(text: string, numerator: number, denominator: number, denominatorEnd: number): boolean {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) return false;
  if (!CLAUSE_END.test(text.slice(denominatorEnd, denominatorEnd + 4))) return false;
  return numerator < denominator || denominator < 10;
}

// denominators fractions are written with; a day of the month after a slash is rarely one of them
const COMMON_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32]);
const FRACTION_AFTER = /^[ \t]*(?:of|inch|inches|in\.|mile|miles|cups?|teaspoons?|tablespoons?|pounds?|lbs?|%|per[ \t]?cent|percent)(?![A-Za-z])/i;
const ESTIMATE_BEFORE = /(?:about|around|nearly|almost|roughly|some|than|only|just|over|under)[ \t]+$/i;

/**
 * "9/11", "7/22": a month and a day written with one slash, not a fraction, unless the bottom is a
 * usual denominator ("3/4", "5/8", "1/16") or the words around make it a part ("2/7 of", "about 2/9").
 */
export function slashDate(text: string, start: number, end: number, top: number, bottom: number): boolean {
  if (top < 1 || top > 12 || bottom > 31 || COMMON_DENOMINATORS.has(bottom)) return false;
  return !FRACTION_AFTER.test(text.slice(end, end + 12)) && !ESTIMATE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}
