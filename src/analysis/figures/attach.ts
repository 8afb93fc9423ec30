// Step 2: what the number counts, from the words stuck to it: a currency before or after
// ("$4.5 billion", "US$58", "€3m", "12 yuan"), a sign, a percent sign or "per cent", a unit
// ("6,200 km", "a two-foot drop"), an age ("eight-year-old"). Windows are a few words wide.
import { AMBIGUOUS_CROWNS, AMBIGUOUS_POUNDS, CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MONEY_SUFFIXES, SCALED_CODES } from '../../lexicon/currencies.js';
import { ATTACHED_ONLY_SYMBOLS, DEGREES_OF_HEAT, UNIT_SYMBOLS, UNIT_WORDS } from '../../lexicon/units.js';
import type { FigureKind } from '../../types.js';
import { finite, tidy, type Candidate } from './candidate.js';
import { currencyBefore } from './money-before.js';
import { TEMPERATURE_CONTEXT, temperatureLikely, ageBefore, poundsOfMoney, bracketedUnit, degreesBelowZero, degreesOfHeat, minorUnitsAfter } from './attach-more.js';

const SIGN_BEFORE = /(?:^|[\s(=:])([-−])$|(?<![\p{L}])(minus|negative)[ \t]$/iu;
const SUFFIX_AFTER = /^(MM|mm|bn|Bn|BN|mn|mln|bln|mil|tn|tr|[kKmMbBtT])(?![\p{L}\p{N}])/u;
// "2.1pc" and "2.1 pc": British papers abbreviate per cent so
const PERCENT_AFTER = /^(?:[ \t\u00a0]?%|[ \t\u00a0]?pc(?![\p{L}])|[ \t\u00a0]{1,2}(?:per[ \t]?cent|percent|pct\.?)(?![\p{L}]))/iu;
const POINTS_AFTER = /^[ \t\u00a0]{1,2}(?:(percentage)|(basis))[ \t\u00a0]points?(?![\p{L}])/iu;
const NEXT_WORDS = /^(-|[ \t\u00a0]{0,2})([^\s,;:()[\]{}!?"“”]{1,24})(?:[ \t\u00a0]([^\s,;:()[\]{}!?"“”]{1,24}))?(?:[ \t\u00a0]([^\s,;:()[\]{}!?"“”]{1,24}))?/u;
const AGE_AFTER = /^(?:(?:[ \t-]|[ \t]years?[ \t]|-years?-)old|[ \t]of[ \t]age)(?![\p{L}])/u;
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
const QUOTE_OR_EQUALS_END = /["=]$/;
// "eight-year-old": a word hyphened to more (hoisted out of attachUnits' loop over the words after a number)
const HYPHENED_WORD = /^\p{L}+-[\p{L}\p{N}]/u;

/** An odd number of straight double quotes on the line before `at` (a bounded look back): one is open. */
function quoteOpenBefore(text: string, at: number): boolean {
  let open = false;
  for (let i = at - 1; i >= 0 && i >= at - 160 && text[i] !== '\n'; i--) if (text[i] === '"') open = !open;
  return open;
}
const SCALED_MONEY_CONTEXT = /\b(?:£|sterling|pounds?[ \t]sterling)/;

const DECIMAL_END = /\.\d+$/;
const GLUED_SYMBOL = /^([A-Za-z°º"″²]{1,4}(?:\/[a-z]{1,2})?)(?![\p{L}\p{N}])/u;
// a currency code as written after a figure: in capitals, or one of the common ones in lower case ("20 usd");
// not any code in lower case ("try", "pen", "mad" are words before they are codes)
const WRITTEN_CODE = /^(?:[A-Z]{3}|usd|eur|gbp|rmb|cny|jpy|inr|chf|cad|aud)$/;
// the first words of every currency and unit name: a figure followed by none of them has neither
const FIRST_WORDS = new Set([...Object.keys(CURRENCY_WORDS), ...Object.keys(UNIT_WORDS), ...Object.keys(UNIT_SYMBOLS), ...CURRENCY_CODES, ...AMBIGUOUS_POUNDS, ...AMBIGUOUS_CROWNS]
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


/** `notBefore`: where the figure before ends; a currency written there is that figure's ("8 rmb 30 usd"). */
export function attachUnits(text: string, c: Candidate, notBefore = 0): Candidate {
  if (c.kind !== 'count') return c;
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
  const cur = currencyBefore(text, start, value, notBefore);
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
  // no currency or unit name starts with a digit: "3.4 5-6" needs no look at the words after
  const words = firstTokenIsDigit(after) ? null : NEXT_WORDS.exec(after);
  if (words) {
    const sep = words[1] ?? '';
    const w = [words[2] ?? '', words[3] ?? '', words[4] ?? ''];
    const head = w[0]!.toLowerCase();
    const known = FIRST_WORDS.has(head) || FIRST_WORDS.has(head.replace(/[.'’]$/, '')) || FIRST_WORDS.has(head.split('-')[0]!);
    // currency words and codes after: "12 yuan", "310 million swiss francs", "20 usd", "17 EUR"
    for (let n = 3; n >= 1 && kind === 'count' && known; n--) {
      const parts = w.slice(0, n);
      if (parts.some((p) => p === '')) continue;
      const phrase = parts.join(' ').toLowerCase().replace(/[.]$/, '');
      const iso = CURRENCY_WORDS[phrase] ?? (AMBIGUOUS_POUNDS.has(phrase) ? 'GBP' : AMBIGUOUS_CROWNS.has(phrase) ? 'crown' : undefined) ?? (n === 1 && CURRENCY_CODES.has(parts[0]!.toUpperCase()) && WRITTEN_CODE.test(parts[0]!) ? parts[0]!.toUpperCase() : undefined);
      if (!iso || sep === '-' && n > 1) continue;
      if (AMBIGUOUS_POUNDS.has(phrase) && !(scale >= 1e6 || SCALED_MONEY_CONTEXT.test(text.slice(Math.max(0, start - 200), start)) || poundsOfMoney(text, start))) break;
      if (AMBIGUOUS_CROWNS.has(phrase) && c.words && scale < 1e6 && !poundsOfMoney(text, start)) break;
      const len = sep.length + parts.join(' ').length - (parts[n - 1]!.endsWith('.') && phrase.length < parts.join(' ').length ? 1 : 0);
      // "12 dollars and 40 cents"
      const minor = iso !== 'cent' && iso !== 'GBp' && value !== null ? minorUnitsAfter(text, end + len) : null;
      if (minor && value !== null) return { ...c, start, end: end + len + minor.length, value: finite(tidy(value + minor.value)), kind: 'money', unit: CODE_ALIASES[iso] ?? iso, rule: 'money-word', scale };
      return { ...c, start, end: end + len, value: finite(value), kind: 'money', unit: CODE_ALIASES[iso] ?? iso, rule: 'money-word', scale };
    }
    if (kind === 'count' && known) {
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
        if (isSymbol && ATTACHED_ONLY_SYMBOLS.has(trimmed) && sep !== '' && !dimensionSide(text, start, end + sep.length + trimmed.length, trimmed)) continue;
        if ((trimmed === 'C' || trimmed === 'F') && !temperatureLikely(text, start, end)) continue;
        if (isSymbol && sep === '-') continue;
        if (c.words && isSymbol) continue;
        const uEnd = end + sep.length + trimmed.length + (raw.endsWith("'") || raw.endsWith('’') ? 1 : 0);
        const age = entry.dim === 'time' && /^(?:year|month|week|day)$/.test(entry.unit) ? AGE_AFTER.exec(text.slice(uEnd, uEnd + 12)) : null;
        if (age) return { ...c, start, end: uEnd + age[0].length, value: finite(value), kind: 'measure', unit: entry.unit, rule: 'age', scale };
        if (entry.unit === '°') {
          // "5 degrees below zero", "minus 10 degrees", "highs of 40 degrees": heat, not an angle
          const cold = degreesBelowZero(text, uEnd);
          const v = cold && value !== null ? -value : value;
          const heat = cold || (v !== null && v < 0) ? DEGREES_OF_HEAT : degreesOfHeat(text, start, uEnd, entry);
          return { ...c, start, end: uEnd + cold, value: finite(v), kind: 'measure', unit: heat.unit, rule: `unit-${heat.dim}`, scale };
        }
        return { ...c, start, end: uEnd, value: finite(value), kind: 'measure', unit: entry.unit, rule: `unit-${entry.dim}`, scale };
      }
    }
  }
  // symbols glued to the number: "48m", "100t", "9\"", "300°C"
  const glued = kind === 'count' && !c.words ? GLUED_SYMBOL.exec(after) : null;
  const g = glued?.[1];
  // "50p", "99p": pence; a larger number is a screen resolution ("720p") or a code
  if (g === 'p' && value !== null && value > 0 && value < 100) return { ...c, start, end: end + 1, value: finite(value), kind: 'money', unit: 'GBp', rule: 'money-symbol-after', scale };
  // a glued "C" or "F" is a temperature only where the text talks of weather or heat ("13F filing" is a form)
  // an inch mark only after a small number outside quotation ("a 9\" plate", not id="408812337790215542")
  // (nor a straight quote closing one opened before it on the line: 'backed the "Room for 12" campaign')
  const inchOk = !(g === '"' || g === '″') || (value !== null && value < 1000 && !QUOTE_OR_EQUALS_END.test(text.slice(Math.max(0, start - 1), start)) && !(g === '"' && quoteOpenBefore(text, start)));
  if (g && inchOk && UNIT_SYMBOLS[g] && !((g === 'C' || g === 'F') && !temperatureLikely(text, start, end))) {
    return { ...c, start, end: end + g.length, value: finite(value), kind: 'measure', unit: UNIT_SYMBOLS[g]!.unit, rule: `unit-${UNIT_SYMBOLS[g]!.dim}`, scale };
  }
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
