// Parts of spelled-out numbers that the reader looks ahead for: a fraction after "and"
// ("five million and two ninths", "three and sixty-one hundredths"), the decimals after "point"
// ("nought point five"), a compound denominator ("five thirty-seconds"), and whether "a fifth"
// is a fraction or a rank ("a fifth term").
import { FRACTION_FOLLOWERS, FRACTION_WORDS, PERIOD_RANK_WORDS, PLURAL_UNIT_ORDINALS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';

// the word right before a "half"/"quarter" or a number ("first quarter", "3rd-quarter", "first three")
const PERIOD_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}]{2,9})(?:[ \t]{1,2}|[-‐‑])$/u;

/**
 * "the first quarter of next year", "the second half", "the first three quarters of the year": a
 * rank or period word before `pos` makes the halves or quarters after it periods, not shares.
 */
export function rankedPeriod(text: string, pos: number): boolean {
  const m = PERIOD_WORD_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos));
  return !!m && !!m[1] && PERIOD_RANK_WORDS.has(m[1].toLowerCase());
}

const WORD_AFTER = /^[ \t-]{1,3}(\p{L}{2,12})(?!\p{L})/u;
const HYPHEN_AT = /^[-‐‑]/;
const RANK_AFTER = /^(?:[-‐‑]\p{L}|[ \t]{1,2}(\p{Ll}{1,20})(?![\p{L}\p{N}]))/u;

/**
 * "a fifth term", "a third straight loss", "a third-quarter loss": an article and a singular
 * ordinal before a noun or adjective is a rank. Before "of", a comparison, a determiner, a verb or
 * the end of the phrase ("cut by a third.") it stays a fraction.
 */
export function rankAfterArticle(text: string, pos: number, afterWhole = false): boolean {
  const m = RANK_AFTER.exec(text.slice(pos, pos + 24));
  if (!m) return false;
  if (m[1] === undefined) return true;
  // a past tense makes the fraction a subject: "a third voted", "a fifth died"
  if (m[1].length > 4 && m[1].endsWith('ed')) return false;
  // a hyphen after the word makes it part of a compound adjective: "a third last-minute goal" is a rank
  if (HYPHEN_AT.test(text.slice(pos + m[0].length, pos + m[0].length + 1))) return true;
  // after a whole number a plural noun is what is measured: "two and a third cups"
  return !FRACTION_FOLLOWERS.has(m[1]) && !(afterWhole && m[1].endsWith('s'));
}

/**
 * After "and": a spelled whole number below a hundred and a plural fraction ("fifty-four
 * hundredths", "three quarters") that is a proper fraction; it stands alone as the part of a mixed
 * number, so "four hundred and sixty-one hundredths" is 400.61. A singular needs the numerator
 * one ("and one fifth").
 */
export function fractionPhraseAfter(text: string, pos: number): { value: number; end: number } | null {
  let end = pos;
  let numerator = 0;
  const first = /^[ \t-]{0,3}(\p{L}{2,12})(?!\p{L})/u.exec(text.slice(end, end + 20));
  const w1 = first?.[1]?.toLowerCase();
  if (!first || !w1) return null;
  if (w1 in UNIT_WORDS && UNIT_WORDS[w1]! > 0) numerator = UNIT_WORDS[w1]!;
  else if (w1 in TENS_WORDS) {
    numerator = TENS_WORDS[w1]!;
    const unit = WORD_AFTER.exec(text.slice(end + first[0].length, end + first[0].length + 20));
    const u = unit?.[1]?.toLowerCase();
    if (unit && u && u in UNIT_WORDS && UNIT_WORDS[u]! > 0 && UNIT_WORDS[u]! < 10) { numerator += UNIT_WORDS[u]!; end += unit[0].length; }
  } else return null;
  end += first[0].length;
  const f = fractionAfter(text, end);
  // the part of a mixed number is a proper fraction: "one hundred and twenty-three eighths" is 123/8
  if (!f || (numerator > 1 && !f.plural) || numerator >= f.denominator) return null;
  return { value: numerator / f.denominator, end: f.end };
}

/** "thirty-seconds", "twenty firsts" after a numerator: a tens word and a plural unit ordinal. */
export function compoundDenominatorAfter(text: string, pos: number): { denominator: number; end: number } | null {
  const tens = /^[ \t]{1,3}(\p{L}{5,7})[ \t-]{1,2}(\p{L}{5,8})(?!\p{L})/u.exec(text.slice(pos, pos + 24));
  const t = tens?.[1]?.toLowerCase();
  const o = tens?.[2]?.toLowerCase();
  if (!tens || !t || !o || !(t in TENS_WORDS) || !(o in PLURAL_UNIT_ORDINALS)) return null;
  return { denominator: TENS_WORDS[t]! + PLURAL_UNIT_ORDINALS[o]!, end: pos + tens[0].length };
}

/** "three fifths" right after `pos`: the denominator and whether it is written plural. */
function fractionAfter(text: string, pos: number): { denominator: number; plural: boolean; end: number } | null {
  const m = /^[ \t-]{1,3}(\p{L}{3,12})(?!\p{L})/u.exec(text.slice(pos, pos + 20));
  const w = m?.[1]?.toLowerCase();
  if (!m || !w || !(w in FRACTION_WORDS)) return null;
  return { denominator: FRACTION_WORDS[w]!, plural: /s$/.test(w), end: pos + m[0].length };
}

/** "seventy-one" or "nought three" after "point": the decimals they spell. */
export function spokenDecimals(text: string, pos: number): { value: number; end: number } | null {
  let digits = '';
  let end = pos;
  const re = /^[ \t-]{1,3}(\p{L}{2,10})(?!\p{L})/u;
  for (let i = 0; i < 8; i++) {
    const m = re.exec(text.slice(end, end + 16));
    const w = m?.[1]?.toLowerCase();
    if (!m || !w) break;
    if (w in UNIT_WORDS && UNIT_WORDS[w]! < 10) digits += String(UNIT_WORDS[w]);
    else if (w in UNIT_WORDS && digits === '') { digits = String(UNIT_WORDS[w]); end += m[0].length; break; }
    else if (w in TENS_WORDS && digits === '') {
      digits = String(TENS_WORDS[w]! / 10);
      end += m[0].length;
      const u = re.exec(text.slice(end, end + 16));
      const uw = u?.[1]?.toLowerCase();
      if (u && uw && uw in UNIT_WORDS && UNIT_WORDS[uw]! > 0 && UNIT_WORDS[uw]! < 10) { digits += String(UNIT_WORDS[uw]); end += u[0].length; }
      break;
    } else break;
    end += m[0].length;
  }
  return digits === '' ? null : { value: Number(`0.${digits}`), end };
}
