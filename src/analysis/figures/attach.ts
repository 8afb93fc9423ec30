// Step 2: what the number counts, from the words stuck to it: a currency before or after
// ("$4.5 billion", "US$58", "€3m", "12 yuan"), a sign, a percent sign or "per cent", a unit
// ("6,200 km", "a two-foot drop"), an age ("eight-year-old"). Windows are a few words wide.
import { CURRENCY_SYMBOLS, MONEY_SUFFIXES, SCALED_CODES } from '../../lexicon/currencies.js';
import type { FigureKind } from '../../types.js';
import { finite, tidy, type Candidate } from './candidate.js';
import { currencyBefore } from './money-before.js';
import { TEMPERATURE_CONTEXT, ageBefore, bracketedUnit, minorUnitsAfter } from './attach-more.js';
import { namedUnitAfter } from './named-units.js';
import { gluedUnitAfter } from './glued-units.js';
import { articleBeforeUnit } from './fraction-of-unit.js';
import { magnitudeAround } from './magnitudes.js';

const SIGN_BEFORE = /(?:^|[\s(=:])([-−])$|(?<![\p{L}])(minus|negative)[ \t]$/iu;
const SUFFIX_AFTER = /^(MM|mm|bn|Bn|BN|mn|mln|bln|mil|tn|tr|[kKmMbBtT])(?![\p{L}\p{N}])/u;
// "2.1pc" and "2.1 pc": British papers abbreviate per cent so
const PERCENT_AFTER = /^(?:[ \t\u00a0]?%|[ \t\u00a0]?pc(?![\p{L}])|[ \t\u00a0]{1,2}(?:per[ \t]?cent|percent|pct\.?)(?![\p{L}]))/iu;
const POINTS_AFTER = /^[ \t\u00a0]{1,2}(?:(percentage)|(basis))[ \t\u00a0]points?(?![\p{L}])/iu;
// hoisted out of attachUnits: a regex literal there builds a new RegExp object for every figure
const MINUS_WORD = /minus|negative/i;
const DIGIT_DASH_END = /\d[ \t]?[-−]$/;
const PLUS_OR_END = /(?:plus[ \t]or[ \t]|\+\/)$/i;
const SCALE_SUFFIX = /^(?:[kKMB]|bn|mn|mln|bln|tn|MM)$/;
const M_BEFORE_PLURAL = /^m[ \t]+(?:people|[a-z]{3,}s)(?![\p{L}])/u;
const M_BEFORE_UNIT = /^m[ \t]+(?:miles|metres|meters|years|seconds|minutes|hours|days|weeks|months)(?![\p{L}])/u;
const SPACED_SCALE = /^[ \t](M|B|bn|mn)(?![\p{L}\p{N}])/u;
const SYMBOL_AFTER = /^[ \t\u00a0]?([€£¥₹₽₩₪₺₦₱₴₫₿₾])/u;
const SCALED_CODE_AFTER = /^[ \t\u00a0]([MK](?:EUR|USD|SEK|NOK))(?![\p{L}])/u;
const DECIMAL_END = /\.\d+$/;

/** `notBefore`: where the figure before ends; a currency written there is that figure's ("8 rmb 30 usd"). */
export function attachUnits(text: string, c: Candidate, notBefore = 0): Candidate {
  if (c.kind !== 'count') return c;
  // "half a mile", "a quarter of a percentage point": a spelled fraction takes the one unit after its article
  const ofA = c.words && c.value !== null && c.value > 0 && c.value < 1 ? articleBeforeUnit(text, c.end) : 0;
  if (ofA > 0) {
    const unit = attachUnits(text, { ...c, end: c.end + ofA }, notBefore);
    if (unit.kind !== 'count') return unit;
  }
  let { start, end, value } = c;
  let unit: string | null = null;
  let kind: FigureKind = c.kind;
  let rule = c.rule;
  let scale = c.scale;
  // wide enough for "negative " and a character before it
  const before = text.slice(Math.max(0, start - 10), start);
  // the last visible character before the number decides which of the checks below can apply
  const lastChar = before.trimEnd().slice(-1);
  // sign: "-9.2", "minus 5"
  const sign = (lastChar === '-' || lastChar === '−' || lastChar === 's' || lastChar === 'e') && (!c.words || MINUS_WORD.test(before)) ? SIGN_BEFORE.exec(before) : null;
  // "plus or minus three points" is a margin, not a negative number
  if (sign && value !== null && !DIGIT_DASH_END.test(before) && (sign[2] || !c.words) && !PLUS_OR_END.test(text.slice(Math.max(0, start - 14), start - sign[0].length).trimEnd() + ' ')) {
    value = -value;
    start -= sign[1] ? 1 : sign[0].length;
  }
  // currency before the number: "$", "US$", "€", "USD " (not one the figure before took)
  const cur = currencyBefore(text, start, value, notBefore, end, scale);
  if (cur) { kind = 'money'; start = cur.start; unit = cur.unit; value = cur.value; rule = cur.rule; }
  let after = text.slice(end, end + 48);
  // compact scale suffixes: "$3m", "€10B", "$1MM", "10k", "5M"
  const suf = !c.words ? SUFFIX_AFTER.exec(after) : null;
  // "573.15K" where the text talks of heat: a decimal before a capital K is kelvin, not thousands
  if (suf && suf[1] === 'K' && kind === 'count' && value !== null && DECIMAL_END.test(text.slice(start, end)) && TEMPERATURE_CONTEXT.test(text.slice(Math.max(0, start - 80), end + 80))) {
    c.start = start; c.end = end + 1; c.value = finite(value); c.kind = 'measure'; c.unit = 'K'; c.rule = 'unit-temperature'; c.scale = scale;
    return c;
  }
  if (suf && suf[1] && value !== null) {
    const s = suf[1];
    const moneyish = kind === 'money';
    const mult = MONEY_SUFFIXES[s];
    // without a currency, "m", "b" and "t" are metres, bytes and tonnes; "k", "M", "bn" are scales
    if (mult && (moneyish || SCALE_SUFFIX.test(s))) {
      value = tidy(value * mult); end += s.length; scale = mult; after = text.slice(end, end + 48);
    }
  }
  // "1.5m people": a glued "m" before a plural noun is millions, "a 400m track" is metres
  if (!c.words && kind === 'count' && value !== null && M_BEFORE_PLURAL.test(after) && !M_BEFORE_UNIT.test(after)) {
    value = tidy(value * 1e6); end += 1; scale = 1e6; after = text.slice(end, end + 48);
  }
  // "2,381,900.5 M": a spaced capital M after digits is millions
  const spacedM = !c.words && kind === 'count' ? SPACED_SCALE.exec(after) : null;
  if (spacedM && spacedM[1] && value !== null) { value = tidy(value * (MONEY_SUFFIXES[spacedM[1]] ?? 1)); end += spacedM[0].length; after = text.slice(end, end + 48); }
  // "100₾", "50 €": a currency symbol after the amount (continental style)
  const symAfter = kind === 'count' ? SYMBOL_AFTER.exec(after) : null;
  if (symAfter && symAfter[1]) return { ...c, start, end: end + symAfter[0].length, value: finite(value), kind: 'money', unit: CURRENCY_SYMBOLS[symAfter[1]] ?? null, rule: 'money-symbol-after', scale };
  // "45 MEUR": a code that carries millions
  const scaledAfter = kind === 'count' ? SCALED_CODE_AFTER.exec(after) : null;
  if (scaledAfter && scaledAfter[1] && value !== null && SCALED_CODES[scaledAfter[1]]) {
    const [iso, mult] = SCALED_CODES[scaledAfter[1]]!;
    return { ...c, start, end: end + scaledAfter[0].length, value: finite(tidy(value * mult)), kind: 'money', unit: iso, rule: 'money-code', scale: mult };
  }
  const pct = PERCENT_AFTER.exec(after);
  const pts = POINTS_AFTER.exec(after);
  if (pts) return { ...c, start, end: end + pts[0].length, value: finite(value), kind: 'percent', unit: pts[1] ? 'pp' : 'bp', rule: 'points', scale };
  if (pct && kind === 'count') return { ...c, start, end: end + pct[0].length, value: finite(value), kind: 'percent', unit: '%', rule: 'percent', scale };
  // "a magnitude 6.2 earthquake", "6.8 on the Richter scale"
  const quake = kind === 'count' ? magnitudeAround(text, c, { start, end, value, scale }) : null;
  if (quake) return quake;
  // currency or unit words after: "12 yuan", "6,200 km", "eight-year-old"
  const named = kind === 'count' ? namedUnitAfter(text, c, { start, end, value, scale }, after) : null;
  if (named) return named;
  // symbols glued to the number: "48m", "100t", "9\"", "300°C"
  const glued = kind === 'count' && !c.words ? gluedUnitAfter(text, c, { start, end, value, scale }, after) : null;
  if (glued) return glued;
  // "20 (kg)": a unit in brackets
  const bracket = kind === 'count' && !c.words && (after[0] === '(' || after[0] === '[' || after[1] === '(' || after[1] === '[') ? bracketedUnit(after) : null;
  if (bracket) return { ...c, start, end: end + bracket.length, value: finite(value), kind: 'measure', unit: bracket.entry.unit, rule: `unit-${bracket.entry.dim}`, scale };
  // "aged 30", "at the age of five"
  if (kind === 'count' && value !== null && value > 0 && value < 130 && ageBefore(text, start)) return { ...c, start, end, value: finite(value), kind: 'measure', unit: 'year', rule: 'age', scale };
  // "$15 and 50 cents"
  const minor = kind === 'money' && value !== null && after.startsWith(' and') ? minorUnitsAfter(text, end) : null;
  if (minor && value !== null) { value = tidy(value + minor.value); end += minor.length; }
  // the common case (a plain number) updates the candidate in place: no copy a figure
  c.start = start; c.end = end; c.value = finite(value); c.kind = kind; c.unit = unit; c.rule = rule; c.scale = scale;
  return c;
}
