// Step 2, the words after a number: a currency named in words or a code ("12 yuan", "310 million swiss
// francs", "45 usd", "17 EUR") or a unit named in words or a spaced symbol ("6,200 km", "a two-foot drop",
// "3 m x 4 m"), an age ("eight-year-old"). Up to three words are read, longest match first.
import { AMBIGUOUS_CROWNS, AMBIGUOUS_POUNDS, CODE_ALIASES, CURRENCY_CODES, CURRENCY_WORDS } from '../../lexicon/currencies.js';
import { ATTACHED_ONLY_SYMBOLS, DEGREES_OF_HEAT, UNIT_SYMBOLS, UNIT_WORDS } from '../../lexicon/units.js';
import { finite, tidy, type Candidate } from './candidate.js';
import { spelledInchesAfter } from './height-marks.js';
import { spacedTemperature, temperatureLikely, poundsOfMoney, degreesBelowZero, degreesOfHeat, minorUnitsAfter } from './attach-more.js';

const FIRST_WORD = /^(-|[ \t\u00a0]{0,2})([^\s,;:()[\]{}!?"“”]{1,24})/u;
const NEXT_WORDS = /^(-|[ \t\u00a0]{0,2})([^\s,;:()[\]{}!?"“”]{1,24})(?:[ \t\u00a0]([^\s,;:()[\]{}!?"“”]{1,24}))?(?:[ \t\u00a0]([^\s,;:()[\]{}!?"“”]{1,24}))?/u;
const AGE_AFTER = /^(?:(?:[ \t-]|[ \t]years?[ \t]|-years?-)old|[ \t]of[ \t]age)(?![\p{L}])/u;
// "eight-year-old": a word hyphened to more (hoisted out of the loop over the words after a number)
const HYPHENED_WORD = /^\p{L}+-[\p{L}\p{N}]/u;
// the units of time an age is counted in ("a nine-year-old"); a set, not a regex literal in the loop below
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day']);
const SCALED_MONEY_CONTEXT = /\b(?:£|sterling|pounds?[ \t]sterling)/;
// a currency code as written after a figure: in capitals, or one of the common ones in lower case ("45 usd");
// not any code in lower case ("try", "pen", "mad" are words before they are codes)
const WRITTEN_CODE = /^(?:[A-Z]{3}|usd|eur|gbp|rmb|cny|jpy|inr|chf|cad|aud)$/;
// the first words of every currency and unit name: a figure followed by none of them has neither
const FIRST_WORDS = new Set([...Object.keys(CURRENCY_WORDS), ...Object.keys(UNIT_WORDS), ...Object.keys(UNIT_SYMBOLS), ...CURRENCY_CODES, ...AMBIGUOUS_POUNDS, ...AMBIGUOUS_CROWNS]
  .map((k) => k.split(' ')[0]!.toLowerCase()));
// the first words of every currency name and code (lower case): a word outside them starts no currency,
// so the currency loop below, which builds three phrases, is skipped for the unit words ("years", "km")
const CURRENCY_HEADS = new Set([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES, ...AMBIGUOUS_POUNDS, ...AMBIGUOUS_CROWNS]
  .map((k) => k.split(' ')[0]!.toLowerCase()));

// "3 m x 4 m", "2 m by 5 m": a spaced one-letter symbol is a unit when the figure is one side of a
// dimension written with the same symbol on both sides; alone ("3 m a year") it stays ambiguous
const SPACED_SIDE_SYMBOLS = new Set(['m', 't', 'g', 'l', 'L', 'W']);
const SIDE_AFTER = /^[ \t\u00a0]?(?:[x×]|by)[ \t\u00a0]?\d[\d.,]{0,12}[ \t\u00a0]?(\p{L}{1,2})(?![\p{L}\p{N}])/u;
const SIDE_BEFORE = /\d[ \t\u00a0]?(\p{L}{1,2})[ \t\u00a0]?(?:[x×]|by)[ \t\u00a0]?$/u;
function dimensionSide(text: string, start: number, unitEnd: number, symbol: string): boolean {
  if (!SPACED_SIDE_SYMBOLS.has(symbol)) return false;
  const after = SIDE_AFTER.exec(text.slice(unitEnd, unitEnd + 24));
  if (after && after[1] === symbol) return true;
  const before = SIDE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return before !== null && before[1] === symbol;
}

/** Whether the first token NEXT_WORDS would read (after one hyphen or up to two blanks) starts with a digit. */
function firstTokenIsDigit(after: string): boolean {
  let i = 0;
  if (after[0] === '-') i = 1;
  else while (i < 2 && (after[i] === ' ' || after[i] === '\t' || after[i] === '\u00a0')) i++;
  const code = after.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** Whether a currency or unit name starts with this word (lower case), its final mark or hyphened rest left off. */
function knownHead(head: string): boolean {
  if (FIRST_WORDS.has(head)) return true;
  const last = head[head.length - 1];
  if ((last === '.' || last === "'" || last === '’') && FIRST_WORDS.has(head.slice(0, -1))) return true;
  const hyphen = head.indexOf('-');
  return hyphen >= 0 && FIRST_WORDS.has(head.slice(0, hyphen));
}

/** Where the figure stands so far: its ends, value and scale after the sign, currency and scale suffix. */
export interface Reading { start: number; end: number; value: number | null; scale: number }

/** A count `c` read as `r`: the currency or unit named by the words in `after` (the text from r.end), or null. */
export function namedUnitAfter(text: string, c: Candidate, r: Reading, after: string): Candidate | null {
  const { start, end, value, scale } = r;
  // no currency or unit name starts with a digit: "3.4 5-6" needs no look at the words after
  if (firstTokenIsDigit(after)) return null;
  // the first word alone decides whether any name can follow (most counts are followed by other nouns);
  // NEXT_WORDS reads it the same way, its later words being optional
  const first = FIRST_WORD.exec(after);
  const head = (first?.[2] ?? '').toLowerCase();
  // "1.05 euros/l", "40 dollars/barrel": a currency word glued to what it is counted per (the rates step reads "/l")
  const slash = head.indexOf('/');
  const glued = first && slash > 0 && first[1] !== '-' ? CURRENCY_WORDS[head.slice(0, slash)] : undefined;
  if (glued) return { ...c, start, end: end + first![1]!.length + slash, value: finite(value), kind: 'money', unit: CODE_ALIASES[glued] ?? glued, rule: 'money-word', scale };
  if (!first || !knownHead(head)) return null;
  const words = NEXT_WORDS.exec(after);
  if (!words) return null;
  const sep = words[1] ?? '';
  const w = [words[2] ?? '', words[3] ?? '', words[4] ?? ''];
  // currency words and codes after: "12 yuan", "310 million swiss francs", "45 usd", "17 EUR"
  const currency = CURRENCY_HEADS.has(head) || (head.endsWith('.') && CURRENCY_HEADS.has(head.slice(0, -1)));
  for (let n = currency ? 3 : 0; n >= 1; n--) {
    const parts = w.slice(0, n);
    if (parts.some((p) => p === '')) continue;
    const phrase = parts.join(' ').toLowerCase().replace(/[.]$/, '');
    const iso = CURRENCY_WORDS[phrase] ?? (AMBIGUOUS_POUNDS.has(phrase) ? 'GBP' : AMBIGUOUS_CROWNS.has(phrase) ? 'crown' : undefined) ?? (n === 1 && CURRENCY_CODES.has(parts[0]!.toUpperCase()) && WRITTEN_CODE.test(parts[0]!) ? parts[0]!.toUpperCase() : undefined);
    if (!iso || sep === '-' && n > 1) continue;
    if (AMBIGUOUS_POUNDS.has(phrase) && !(scale >= 1e6 || SCALED_MONEY_CONTEXT.test(text.slice(Math.max(0, start - 200), start)) || poundsOfMoney(text, start, end))) break;
    if (AMBIGUOUS_CROWNS.has(phrase) && c.words && scale < 1e6 && !poundsOfMoney(text, start)) break;
    const len = sep.length + parts.join(' ').length - (parts[n - 1]!.endsWith('.') && phrase.length < parts.join(' ').length ? 1 : 0);
    // "12 dollars and 40 cents"
    const minor = iso !== 'cent' && iso !== 'GBp' && value !== null ? minorUnitsAfter(text, end + len) : null;
    if (minor && value !== null) return { ...c, start, end: end + len + minor.length, value: finite(tidy(value + minor.value)), kind: 'money', unit: CODE_ALIASES[iso] ?? iso, rule: 'money-word', scale };
    return { ...c, start, end: end + len, value: finite(value), kind: 'money', unit: CODE_ALIASES[iso] ?? iso, rule: 'money-word', scale };
  }
  // units: longest word match first ("miles per hour" before "miles"), then symbols
  for (let n = 3; n >= 1; n--) {
    const parts = w.slice(0, n);
    if (parts.some((p) => p === '')) continue;
    // "eight-year-old": the unit is the part before the next hyphen
    // ("1,200-square-foot", "3,000 acre-feet": a unit of two words joined by a hyphen is that unit)
    const joined = n === 1 && parts[0]!.includes('-') ? parts[0]!.replace(/[.']$/, '').toLowerCase().replace(/-/g, ' ') : '';
    const raw = n === 1 && HYPHENED_WORD.test(parts[0]!) && !(parts[0]!.toLowerCase() in UNIT_WORDS) && !(joined in UNIT_WORDS) ? parts[0]!.split('-')[0]! : parts.join(' ');
    const trimmed = raw.replace(/[.']$/, '').replace(/’$/, '');
    const key = trimmed.toLowerCase();
    const spaced = key.replace(/-/g, ' ');
    const entry = UNIT_WORDS[key] ?? UNIT_WORDS[spaced] ?? (n <= 2 ? UNIT_SYMBOLS[trimmed] : undefined);
    if (!entry) continue;
    const isSymbol = !(key in UNIT_WORDS) && !(spaced in UNIT_WORDS);
    // a letter of heat set apart from the number ("reached 30 C on Sunday") only where spacedTemperature says so
    const heatLetter = trimmed === 'C' || trimmed === 'F';
    const spacedHeat = heatLetter && sep !== '' && spacedTemperature(text, start, end);
    if (isSymbol && ATTACHED_ONLY_SYMBOLS.has(trimmed) && sep !== '' && !spacedHeat && !dimensionSide(text, start, end + sep.length + trimmed.length, trimmed)) continue;
    if (heatLetter && !spacedHeat && !temperatureLikely(text, start, end)) continue;
    if (isSymbol && sep === '-') continue;
    if (c.words && isSymbol) continue;
    const uEnd = end + sep.length + trimmed.length + (raw.endsWith("'") || raw.endsWith('’') ? 1 : 0);
    const age = entry.dim === 'time' && AGE_UNITS.has(entry.unit) ? AGE_AFTER.exec(text.slice(uEnd, uEnd + 12)) : null;
    if (age) return { ...c, start, end: uEnd + age[0].length, value: finite(value), kind: 'measure', unit: entry.unit, rule: 'age', scale };
    if (entry.unit === '°') {
      // "5 degrees below zero", "minus 10 degrees", "highs of 40 degrees": heat, not an angle
      const cold = degreesBelowZero(text, uEnd);
      const v = cold && value !== null ? -value : value;
      const heat = cold || (v !== null && v < 0) ? DEGREES_OF_HEAT : degreesOfHeat(text, start, uEnd, entry);
      return { ...c, start, end: uEnd + cold, value: finite(v), kind: 'measure', unit: heat.unit, rule: `unit-${heat.dim}`, scale };
    }
    // "six-foot-three": the inches spelled after the feet make one height
    const inches = entry.unit === 'ft' && sep === '-' && value !== null ? spelledInchesAfter(text, uEnd) : null;
    if (inches) return { ...c, start, end: uEnd + inches.length, value: finite(tidy(value! + inches.inches / 12)), kind: 'measure', unit: 'ft', rule: 'compound-unit', scale };
    return { ...c, start, end: uEnd, value: finite(value), kind: 'measure', unit: entry.unit, rule: `unit-${entry.dim}`, scale };
  }
  return null;
}
