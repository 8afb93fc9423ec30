// Step 5b2: an amount counted per a unit of time, a measure or an item: "$12 an hour", "$3.40 a gallon", "$1.15
// per share", "40 hours a week", "$2,000 per capita". The unit says what the amount is per ("USD/hour",
// "USD/gal", "hour/week"); read without it "$12" looks like a sum paid once. After ranges, so "$10 to $12 an hour" is
// one range of wages.
import { ITEM_BASES, MEASURE_BASES, PER_ONLY_BASES, SPEED_UNITS, TIME_BASES } from '../../lexicon/rate-bases.js';
import { UNIT_WORDS } from '../../lexicon/unit-words.js';
import { UNIT_SYMBOLS } from '../../lexicon/unit-symbols.js';
import type { Candidate } from './candidate.js';

// "an hour", "per share", "a square foot", "/hour", "per sq. ft"
const PER_AFTER = /^(?:[ \t]+(a|an|per)[ \t]+|[ \t]?\/[ \t]?)(\p{Ll}+(?:\.?[ \t-]\p{Ll}+)?)/u;
// "$7.10 per kg", "€1.05/l", "22 cents per kWh": a unit symbol after "per" or a slash (never after "a": "$5 a kg" is
// no English); the symbol is matched as written, so "m" stays a metre and "M" a million
const PER_SYMBOL_AFTER = /^(?:[ \t]+per[ \t]+|[ \t]?\/[ \t]?)([\p{L}²³]{1,4}\d?)(?![\p{L}\p{N}])/u;
// what a price is quoted per: weights, volumes, areas, lengths and energy (a price per a speed or a heat is none)
const PRICED_DIMENSIONS: ReadonlySet<string> = new Set(['mass', 'volume', 'area', 'length', 'energy']);
/** "/t", "/l": a one-letter weight or volume glued to a slash; spaced ("per t") it is as often a word or an
 * initial, and "/m" after a price is as often a month as a metre. */
function oneLetterBase(written: string, dim: string): boolean {
  return !/[ \t]/.test(written) && (dim === 'mass' || dim === 'volume');
}

// a time phrase, not a rate: "$5 a year ago", "$9 a day later", "a week before the vote", "a year-old loan"
const TIME_PHRASE_AFTER = /^(?:[ \t]+(?:ago|earlier|later|before|after|prior|since|from[ \t]+now|old|or[ \t]+so[ \t]+ago)|-old)(?![\p{L}])/iu;

/** The base named by `phrase` (one or two words, the second tried first), or null. */
function baseOf(phrase: string, per: boolean): { base: string; length: number } | null {
  const words = phrase.split(/[ \t-]/);
  const two = words.length > 1 ? phrase.replace(/[ \t]/, ' ') : '';
  if (two && (MEASURE_BASES.has(two) || MEASURE_BASES.has(two.replace('-', ' ')))) return { base: two, length: phrase.length };
  // a measure of two words the unit words know, abbreviated as property and commodity prices write it ("per sq ft",
  // "a sq. m", "/cubic metre")
  const named = two ? UNIT_WORDS[two] : undefined;
  if (named && PRICED_DIMENSIONS.has(named.dim)) return { base: two, length: phrase.length };
  // (a full stop after the first word ends the sentence: "$17 an hour. then" reads "hour")
  const one = words[0]!.replace(/\.$/, '');
  if (TIME_BASES.has(one) || MEASURE_BASES.has(one) || ITEM_BASES.has(one) || (per && PER_ONLY_BASES.has(one))) return { base: one, length: one.length };
  return null;
}

/** Money and measures followed by what they are counted per take that base into their unit (in place). */
export function markRates(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if ((c.kind !== 'money' && c.kind !== 'measure') || c.unit === null || c.unit.includes('/')) continue;
    const after = text.slice(c.end, c.end + 40);
    const symbol = PER_SYMBOL_AFTER.exec(after);
    const entry = symbol ? UNIT_SYMBOLS[symbol[1]!] : undefined;
    if (symbol && entry && PRICED_DIMENSIONS.has(entry.dim) && (symbol[1]!.length > 1 || oneLetterBase(symbol[0], entry.dim))) {
      c.unit = `${c.unit}/${entry.unit}`;
      c.end += symbol[0].length;
      continue;
    }
    const m = PER_AFTER.exec(after);
    if (!m || !m[2]) continue;
    const found = baseOf(m[2], m[1] === 'per' || m[1] === undefined);
    if (!found) continue;
    const end = c.end + m[0].length - m[2].length + found.length;
    if (TIME_BASES.has(found.base) && TIME_PHRASE_AFTER.test(text.slice(end, end + 16))) continue;
    const unit = `${c.unit}/${UNIT_WORDS[found.base]?.unit ?? found.base}`;
    c.unit = SPEED_UNITS[unit] ?? unit;
    c.end = end;
  }
}
