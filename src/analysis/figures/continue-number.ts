// The tokens after the first of a number: a small state machine ("two hundred and six",
// "6 thousand 5 hundred and 43", "five million and two ninths", "three quarters of a billion").
// Each token is read once and the loop is bounded, so reading stays linear.
import { FRACTION_WORDS, GROUP_WORDS, ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { tidy } from './candidate.js';
import { parseDigits } from './notation.js';
import type { NumberRead } from './read-number.js';
import { compoundDenominatorAfter, fractionPhraseAfter, spokenDecimals } from './spoken-parts.js';
import { fractionStep, halfStep } from './fraction-tokens.js';

export type Last = 'digit' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'fraction' | 'group' | 'half';

// separator (spaces, a hyphen, a comma, "and", "&") then a token; both bounded
const NEXT = /([ \t\u00a0]{0,3}(?:[-‐‑][ \t]{0,2}|,[ \t]{1,2}|and[ \t\u00a0]{1,3}|&[ \t]{1,3})?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,30}(?:\.\d{1,30})?|\p{L}{1,20})(?!\p{L})/uy;
// hoisted out of continueFrom's loop (a literal there is a new RegExp object for every word read)
const AND_SEP = /and|&/;
const DIGIT_FIRST = /^\d/;
const lower = (w: string): string => w.toLowerCase();
const SCALE_WORD_NEXT = /^[ \t-]{1,3}(\p{L}{2,9})(?!\p{L})/u;
const OF_A_SCALE = /^[ \t]{1,3}an?[ \t]{1,3}(million|billion|trillion|thousand)(?![\p{L}])/iu;
// the states a scale word, a group word or a fraction word may follow
const BEFORE_SCALE: ReadonlySet<Last> = new Set(['digit', 'unit', 'teen', 'tens', 'hundred', 'half', 'group']);
const BEFORE_GROUP: ReadonlySet<Last> = new Set(['digit', 'unit', 'teen', 'tens', 'half']);
const BEFORE_FRACTION: ReadonlySet<Last> = new Set(['unit', 'teen', 'tens', 'digit']);

export interface State { cur: number; total: number; last: Last; lastScale: number; words: boolean; ordinal: boolean; fraction: boolean; scale: number; plainDigits: boolean }

/** Whether a scale word at least as big as `than` follows `pos` ("two million and two million"): then a new number starts. */
function bigScaleNext(text: string, pos: number, than: number): boolean {
  const m = SCALE_WORD_NEXT.exec(text.slice(pos, pos + 14));
  const w = m?.[1]?.toLowerCase();
  return w !== undefined && w in SCALE_WORDS && SCALE_WORDS[w]! >= than;
}

export function continueFrom(text: string, start: number, from: number, s: State, glued = false): NumberRead | null {
  let end = from;
  let pos = from;
  const mustRead = glued;
  for (let guard = 0; guard < 24; guard++) {
    NEXT.lastIndex = pos;
    const m = NEXT.exec(text);
    if (!m) break;
    const sep = m[1] ?? '';
    const tok = m[2] ?? '';
    const t = lower(tok);
    const isAnd = AND_SEP.test(sep);
    const isComma = sep.includes(',');
    // only "4bn", "2mil" stick to the digits; a hyphen or space is needed otherwise
    if (sep === '' && !glued && !(s.last === 'digit' && t in SCALE_WORDS && t !== 'hundred' && t !== 'thousand')) break;
    glued = false;
    if (isComma && !((s.last === 'scale') && (t in UNIT_WORDS || t in TENS_WORDS))) break;
    if (DIGIT_FIRST.test(tok)) {
      // "6 thousand 5 hundred and 43": digits may follow a scale word, smaller than it
      const v = parseDigits(tok);
      // ("4 hundred and 3.5 hundred" is two numbers: a decimal starts a new one)
      // ("5 million and 5 million", "10bn and 20 dollars" are two numbers: after a scale, "and" digits only follow "hundred")
      if ((s.last === 'scale' || s.last === 'hundred') && !s.words && Number.isInteger(v) && v < Math.min(s.lastScale, s.last === 'hundred' ? 100 : Infinity)
        && !(isAnd && s.last === 'scale') && !bigScaleNext(text, m.index + m[0].length, s.lastScale)) {
        s.cur += v; s.last = 'digit'; s.plainDigits = false;
      } else break;
    } else if (isAnd && s.words && (t in UNIT_WORDS || t in TENS_WORDS) && s.last !== 'fraction' && s.last !== 'half' && fractionPhraseAfter(text, m.index + sep.length) !== null) {
      // "five million and two ninths", "three and sixty-one hundredths": a fraction of the last scale
      // (of one after "hundred": "four hundred and sixty-one hundredths" is 400.61)
      const f = fractionPhraseAfter(text, m.index + sep.length)!;
      const unit = s.last === 'scale' ? s.lastScale : 1;
      s.cur = tidy(s.cur + f.value * unit); s.last = 'fraction'; s.plainDigits = false;
      pos = end = f.end; continue;
    } else if (t in TENS_WORDS && !isAnd && s.words && (s.last === 'unit' || s.last === 'teen') && s.total === 0 && compoundDenominatorAfter(text, m.index) !== null) {
      // "five thirty-seconds", "three twenty-firsts": a compound plural denominator
      const d = compoundDenominatorAfter(text, m.index)!;
      s.cur = tidy(s.cur / d.denominator); s.last = 'fraction'; s.fraction = true; s.plainDigits = false;
      pos = end = d.end; continue;
    } else if (t === 'point' && s.words && s.total === 0 && Number.isInteger(s.cur)) {
      // "three hundred point forty-six", "nought point five": digits spoken one by one, or one tens word
      const d = spokenDecimals(text, m.index + m[0].length);
      if (!d) break;
      s.cur += d.value; s.last = 'fraction'; s.plainDigits = false;
      pos = end = d.end; continue;
    } else if (t === 'of' && (s.last === 'fraction' || s.last === 'half') && s.total === 0) {
      // "three quarters of a billion", "a quarter of a million"
      const sc = OF_A_SCALE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      if (!sc || !sc[1]) break;
      const mult = SCALE_WORDS[sc[1].toLowerCase()]!;
      s.total = s.cur * mult; s.cur = 0; s.lastScale = mult; s.scale = mult; s.last = 'scale';
      pos = end = m.index + m[0].length + sc[0].length; continue;
    } else if (t in SCALE_WORDS) {
      const sc = SCALE_WORDS[t]!;
      // "two and a half million" scales the fraction too
      if (isAnd || !BEFORE_SCALE.has(s.last) && !(s.last === 'fraction' && sc >= 1000 && s.total === 0)) break;
      if (sc === 100) {
        if (s.last === 'hundred' || s.last === 'half') break;
        s.cur = (s.cur || 1) * 100; s.last = 'hundred';
      } else {
        if (sc >= s.lastScale) break;
        s.total += (s.cur || 1) * sc; s.cur = 0; s.lastScale = sc; s.last = 'scale';
        s.scale = s.scale === 1 ? sc : s.scale;
      }
      s.plainDigits = false;
    } else if (t in UNIT_WORDS && s.words) {
      const v = UNIT_WORDS[t]!;
      if (s.last === 'tens' && v > 0 && v < 10 && !isAnd) { s.cur += v; s.last = 'unit'; }
      else if ((s.last === 'hundred' || s.last === 'scale') && !(isComma && s.last !== 'scale') && !bigScaleNext(text, m.index + m[0].length, s.lastScale)) { s.cur += v; s.last = v < 10 ? 'unit' : 'teen'; }
      else break;
    } else if (t in TENS_WORDS && s.words) {
      if ((s.last === 'hundred' || s.last === 'scale') && !bigScaleNext(text, m.index + m[0].length, s.lastScale)) { s.cur += TENS_WORDS[t]!; s.last = 'tens'; } else break;
    } else if (t in GROUP_WORDS) {
      if (isAnd || !BEFORE_GROUP.has(s.last)) break;
      s.cur = (s.cur || 1) * GROUP_WORDS[t]!; s.last = 'group'; s.plainDigits = false;
    } else if ((t === 'a' || t === 'one' || (isAnd && t in UNIT_WORDS && UNIT_WORDS[t]! > 0)) && (s.last === 'half' || isAnd)) {
      // "half a dozen", "half a million", "two and a half", "four million and a half"
      const step = halfStep(text, t, m.index + m[0].length, isAnd, s);
      if (step.stop) break;
      pos = end = step.end; continue;
    } else if (t in FRACTION_WORDS && !isAnd && s.words && (s.last === 'hundred' || s.last === 'scale') && t.endsWith('s') && Number.isInteger(s.cur)) {
      // "a hundred billionths", "two hundred thousandths": the whole number counts the parts
      s.cur = tidy((s.total + s.cur) / FRACTION_WORDS[t]!); s.total = 0; s.last = 'fraction'; s.fraction = true; s.plainDigits = false;
    } else if (t in FRACTION_WORDS && !isAnd && BEFORE_FRACTION.has(s.last) && s.total === 0 && s.cur > 0 && Number.isInteger(s.cur)) {
      // "three-quarters", "two thirds", "one sixth"; but "twenty-first" and "the 5th" are ranks
      const step = fractionStep(text, start, t, sep, m.index + m[0].length, s);
      if (step.stop) { if (step.end !== undefined) end = step.end; break; }
    } else if (t in ORDINAL_WORDS && ORDINAL_WORDS[t]! < 10 && (s.last === 'tens' || s.last === 'hundred' || s.last === 'scale') && s.words) {
      s.cur += ORDINAL_WORDS[t]!; s.ordinal = true; end = m.index + m[0].length; break;
    } else break;
    pos = end = m.index + m[0].length;
  }
  if (mustRead && end === from) return null;
  const value = tidy(s.total + s.cur);
  return { start, end, value, words: s.words, scale: s.scale, ordinal: s.ordinal, fraction: s.fraction, plainDigits: s.plainDigits };
}
