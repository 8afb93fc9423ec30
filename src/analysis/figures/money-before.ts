// Step 2, the currency written before an amount: a symbol ("$", "US$", "€", "Rs.") or a code
// ("USD 31.5 million", "MEUR 5"). Looked up in a window of a few characters before the number.
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, LETTER_CURRENCIES, LETTER_CURRENCY_SCALES, SCALED_CODES } from '../../lexicon/currencies.js';
import { alternation } from '../alternation.js';
import { tidy } from './candidate.js';

const SYMBOL_BEFORE = /(?:(?<![\p{L}])((?:US|U\.S\.|C|CA|CAN|A|AU|NZ|HK|S|NT|R|MX|us|c|hk)[ \t]?)?\$|[€£¥₹₽₩₪₺₦₱₴₫₿₾]|(?<![\p{L}])Rs\.?)[ \t\u00a0]?$/u;
const CODE_BEFORE = /(?<![\p{L}])([A-Z]{3,4}|usd|eur|gbp|rmb|cny|jpy)[ \t\u00a0]?$/u;
// (the letters are the lexicon's, as mentions/name-shape.ts reads them, so a currency added there is read in both)
const LETTERS_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternation(Object.keys(LETTER_CURRENCIES))})[ \t\u00a0]?$`, 'u');
// the shape of money after a bare "R" (the shilling's letters stand before nothing else): a scale word read with the number ("R1.2 billion"), thousands in groups
// ("R15,000"), or a scale suffix glued after it ("Sh2bn", "R40m")
const GROUPED = /\d,\d{3}/;
const SCALE_SUFFIX_AFTER = new RegExp(String.raw`^(?:${alternation(LETTER_CURRENCY_SCALES)})(?![\p{L}\p{N}])`, 'u');
const SYMBOL_CHARS = '$€£¥₹₽₩₪₺₦₱₴₫₿₾';
const LATIN = /[A-Za-z]/;

function symbolCode(sym: string): string | null {
  const key = sym.trim().replace(/[ \t\u00a0]+$/, '');
  const norm = key.length > 1 && key.endsWith('$') ? key.toUpperCase() : key;
  return CURRENCY_SYMBOLS[norm] ?? CURRENCY_SYMBOLS[norm.replace(/[ \t]/g, '')] ?? CURRENCY_SYMBOLS[norm.replace(/[ \t]/, ' ')] ?? null;
}

export interface CurrencyBefore { start: number; unit: string; value: number | null; rule: 'money-symbol' | 'money-code' }

/**
 * The currency right before `start`, or null. `notBefore` is where the figure before ends: a code
 * written there is that figure's ("8 rmb 30 usd"). A scaled code multiplies the value ("MEUR 5").
 */
export function currencyBefore(text: string, start: number, value: number | null, notBefore: number, end = start, scale = 1): CurrencyBefore | null {
  // the last visible character decides whether a symbol or a code can be there at all
  const symChar = text.slice(Math.max(0, start - 2), start).trimEnd().slice(-1);
  const sym = symChar !== '' && (SYMBOL_CHARS.includes(symChar) || symChar === 's' || symChar === '.') ? SYMBOL_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) : null;
  if (sym && start - sym[0].length >= notBefore) {
    const unit = symbolCode(sym[0]);
    return unit ? { start: start - sym[0].length, unit, value, rule: 'money-symbol' } : null;
  }
  const letters = sym || !LATIN.test(symChar) ? null : LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (letters && start - letters[0].length >= notBefore && (letters[1] !== 'R' || scale >= 1000 || GROUPED.test(text.slice(start, end)) || SCALE_SUFFIX_AFTER.test(text.slice(end, end + 3)))) {
    return { start: start - letters[0].length, unit: LETTER_CURRENCIES[letters[1]!]!, value, rule: 'money-symbol' };
  }
  const code = sym || !LATIN.test(symChar) ? null : CODE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  if (!code || !code[1] || start - code[0].length < notBefore) return null;
  const k = code[1].toUpperCase();
  if (!CURRENCY_CODES.has(k) && !(k in SCALED_CODES)) return null;
  const scaled = SCALED_CODES[k];
  return {
    start: start - code[0].length, unit: CODE_ALIASES[k] ?? scaled?.[0] ?? k,
    value: scaled && value !== null ? tidy(value * scaled[1]) : value, rule: 'money-code',
  };
}
