// Step 1, the shapes only digits take, read before a number is read as a plain run of digits:
// powers and scientific notation ("3.7×10−4", "1e9"), ordinal suffixes ("21st", "the 1,000th"),
// slash fractions ("3/4", not the date "3/4/2021"), slash pairs ("24/7", "a 50/50 split"), heights with
// their marks ("6'3\"", height-marks.ts), times with theirs ("1'52\"", race-times.ts) and durations written like a
// clock after a word of timing ("finished in 2:08:15", clock-durations.ts).
import { scanned, tidy, type Candidate } from './candidate.js';
import { powerAfter, slashDate } from './notation.js';
import { markedHeight } from './height-marks.js';
import { markedTime } from './race-times.js';
import { clockDuration } from './clock-durations.js';

// "2 1/4", "1/40": a slash fraction, not a date (a second slash makes it a date)
const SLASH = /[ \t]?\/[ \t]?(\d{1,6})(?![\d/])/y;
const EXPONENT = /[eE]/;
const ALL_DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+$/;
const SHORT_DIGITS = /^\d{1,6}$/;
const SLASH_BEFORE = /\d\/$/;
const DIGIT_CHAIN_BEFORE = /\d[-.]$/;
const ORD_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/uy;

/** "21st", "12th", "3rd": the suffix English gives the number ("12st" is twelve stone, "5th" not "5st"). */
function rightSuffix(digits: string, suffix: string): boolean {
  const n = Number(digits.slice(-2).replace(/,/g, ''));
  const want = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return suffix.toLowerCase() === want;
}

/** The number in digits `first` (ending at `firstEnd`) read in a shape only digits take, or null for a plain run. */
export function digitShape(text: string, at: number, first: string, firstEnd: number): Candidate | null {
  // scientific notation and powers: "3.7×10−4", "3 x 10^8", "1.1^23"
  const pow = powerAfter(text, first, firstEnd);
  if (pow) return scanned(at, pow.end, pow.value, 'digits');
  if (EXPONENT.test(first)) return scanned(at, firstEnd, Number(first), 'digits');
  ORD_SUFFIX.lastIndex = firstEnd;
  const ord = ORD_SUFFIX.exec(text);
  // "21st", "the 1,000th visitor"
  if (ord && (ALL_DIGITS.test(first) || GROUPED_DIGITS.test(first)) && rightSuffix(first, ord[0])) return scanned(at, firstEnd + ord[0].length, Number(first.replace(/,/g, '')), 'ordinal-digits', 'ordinal');
  // "1'52\"": minutes and seconds written with their marks; "6'3\"", "5’10”": feet and inches
  const marked = text[firstEnd] === "'" || text[firstEnd] === '’' || text[firstEnd] === '′';
  const height = marked ? markedTime(text, at, first, firstEnd) ?? markedHeight(text, at, first, firstEnd) : null;
  if (height) return height;
  // "finished in 2:08:15": hours, minutes and seconds after a word of timing
  const clock = text[firstEnd] === ':' ? clockDuration(text, at, first, firstEnd) : null;
  if (clock) return clock;
  SLASH.lastIndex = firstEnd;
  const sl = SHORT_DIGITS.test(first) ? SLASH.exec(text) : null;
  const den = sl ? Number(sl[1]) : 0;
  if (sl && den > Number(first) && Number(first) < 100 && den <= 1000 && text[firstEnd + sl[0].length] !== '/' && !SLASH_BEFORE.test(text.slice(Math.max(0, at - 3), at))) {
    const end = firstEnd + sl[0].length;
    return slashDate(text, at, end, Number(first), den) ? scanned(at, end, null, 'date-slash', 'date') : scanned(at, end, tidy(Number(first) / den), 'fraction');
  }
  // "24/7", "a 50/50 split", "1/0": two numbers joined by a bare slash that make no fraction
  // (the top not smaller than the bottom) are one expression or ratio, not two quantities
  // (a pair at the end of a chain of digit groups, "+4-315-6620/6620", is a code: its parts stay apart)
  if (sl && sl[0][0] === '/' && den <= Number(first) && text[firstEnd + sl[0].length] !== '/' && !SLASH_BEFORE.test(text.slice(Math.max(0, at - 3), at)) && !DIGIT_CHAIN_BEFORE.test(text.slice(Math.max(0, at - 2), at))) {
    const end = firstEnd + sl[0].length;
    return scanned(at, end, Number(first), 'slash-pair', 'other');
  }
  return null;
}
