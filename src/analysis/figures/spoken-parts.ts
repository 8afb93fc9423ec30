// Parts of spelled-out numbers that the reader looks ahead for: a fraction after "and"
// ("five million and two ninths") and the decimals after "point" ("nought point five").
import { FRACTION_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';

/** "three fifths" right after `pos`: the denominator and whether it is written plural. */
export function fractionAfter(text: string, pos: number): { denominator: number; plural: boolean; end: number } | null {
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
