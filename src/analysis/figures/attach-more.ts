// Step 2, continued: units and amounts that need a look beyond the words stuck to the number:
// temperatures ("30C" where the text talks of heat, "degrees" near weather words, "5 degrees below
// zero"), ages said before the number ("aged 30"), "pounds" after words of paying, a unit in
// brackets ("20 (kg)") and the cents after a whole amount ("12 dollars and 40 cents").
// Each looks at a window of a few words.
import { ATTACHED_ONLY_SYMBOLS, DEGREES_OF_HEAT, UNIT_SYMBOLS, UNIT_WORDS, type UnitEntry } from '../../lexicon/units.js';
import { TENS_WORDS, UNIT_WORDS as NUMBER_UNIT_WORDS } from '../../lexicon/number-words.js';
import { AFTER_LEVEL, LEVEL_AT_VERBS, LEVEL_ESTIMATES, LEVEL_TO_VERBS, LEVEL_VERBS } from '../../lexicon/heat-levels.js';

// ("highs of" and "lows of", a forecast's plurals, only before a number: "the lows of the quarter" are a market's)
export const TEMPERATURE_CONTEXT = /temperat|degree|heat|hot|cold|warm|cool|freez|weather|climat|thermomet|celsius|fahrenheit|°|high of|low of|(?:high|low)s of (?:minus )?[-−]?\d/i;
// "it reached 30 C on Sunday", "fell to -5C overnight", "peaked at about 41 F": a level reached or fallen to, the
// letter standing alone after it (a clause end or a word of time or place next), is heat whatever else the text
// talks of; "reached 30 C grade pupils", "30 C and D bonds" and "bought 30 C batteries" are not
const LEVEL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:${LEVEL_VERBS.join('|')})|(?:${LEVEL_AT_VERBS.join('|')})[ \t]+at|(?:${LEVEL_TO_VERBS.join('|')})[ \t]+to|as[ \t]+(?:high|low)[ \t]+as)(?:[ \t]+(?:${LEVEL_ESTIMATES.join('|')}))?[ \t]+$`, 'iu');
const LETTER_ALONE = new RegExp(String.raw`^[ \t\u00a0]?[CF](?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:(?:and|or)(?![\p{L}])(?![ \t]+\p{Lu}(?![\p{L}]))|(?:${AFTER_LEVEL.join('|')})(?![\p{L}])))`, 'u');
/** "41.5C" (a decimal, then a word break), "reached 30C", or any "30C" where the text talks of heat or weather. */
export function temperatureLikely(text: string, start: number, end: number): boolean {
  if (/\.\d$/.test(text.slice(start, end)) && /^[CF](?:[\s.,;:)]|$)/.test(text.slice(end, end + 2))) return true;
  if (levelReached(text, start, end)) return true;
  return TEMPERATURE_CONTEXT.test(text.slice(Math.max(0, start - 80), end + 80));
}
const levelReached = (text: string, start: number, end: number): boolean =>
  LETTER_ALONE.test(text.slice(end, end + 16)) && LEVEL_BEFORE.test(text.slice(Math.max(0, start - 40), start));
/**
 * "30 C" with a blank: a letter set apart is a temperature only after a level reached or near words of weather
 * ("Temperatures hit 30 C", "a forecast of 30 C"), and only standing alone ("30 C batteries" is no heat).
 */
export function spacedTemperature(text: string, start: number, end: number): boolean {
  // levelReached or weather words, both only with the letter alone: that test once
  if (!LETTER_ALONE.test(text.slice(end, end + 16))) return false;
  return LEVEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    || HEAT_CONTEXT.test(text.slice(Math.max(0, start - 60), start) + ' ' + text.slice(end, end + 40));
}

// words that show "degrees" is a temperature; "degree" itself is left out, it is the unit being judged
const HEAT_CONTEXT = /temperat|thermomet|weather|forecast|heat[ -]?wave|freezing|celsius|fahrenheit|°[CF]|\bhighs? of\b|\blows? of\b|\bfever\b/i;

/** "degrees" near words of weather or heat is a temperature whose scale is not said. */
export function degreesOfHeat(text: string, start: number, end: number, entry: UnitEntry): UnitEntry {
  if (entry.unit !== '°') return entry;
  const near = text.slice(Math.max(0, start - 60), start) + ' ' + text.slice(end, end + 40);
  return HEAT_CONTEXT.test(near) ? DEGREES_OF_HEAT : entry;
}

const BELOW_ZERO = /^[ \t]+below[ \t]+(?:zero|freezing)(?![\p{L}])/iu;
/** The length of " below zero" after a number of degrees (it is then a negative temperature), or 0. */
export function degreesBelowZero(text: string, end: number): number {
  return BELOW_ZERO.exec(text.slice(end, end + 20))?.[0].length ?? 0;
}

const AGE_BEFORE = /(?:^|[^\p{L}])(?:aged|at[ \t]+(?:the[ \t]+)?age[ \t]+of|at[ \t]+age|ages)[ \t]+$/iu;
// "died at 91", "dies at 84", "passed away at 77": an obituary's age; not an address ("died at 14 Elm Road"), so only
// before the clause's end or a word in lower case
const DIED_AT = /(?:^|[^\p{L}])(?:died|dies|dead|passed[ \t]+away)[ \t]+at[ \t]+$/iu;
const CLAUSE_GOES_ON = /^\d+(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+\p{Ll})/u;

/** "aged 30", "at the age of five", "ages 18 to 29", "died at 91": the number is an age in years. */
export function ageBefore(text: string, start: number): boolean {
  // every phrase ends "aged", "of", "age" or "ages" and a blank: most numbers fail this at once
  let i = start - 1;
  while (i > 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i === start - 1) return false;
  const ch = text[i];
  if (ch === 't' || ch === 'T') return DIED_AT.test(text.slice(Math.max(0, start - 20), start)) && CLAUSE_GOES_ON.test(text.slice(start, start + 12));
  if (ch !== 'd' && ch !== 'f' && ch !== 'e' && ch !== 's' && ch !== 'D' && ch !== 'F' && ch !== 'E' && ch !== 'S') return false;
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

// words of paying right before the amount ("fined 500 pounds", "sold for 30,000 pounds"); words of
// weight win ("weighed 8 pounds", "lost 25 pounds")
const PAYING_BEFORE = /(?:^|[^\p{L}])(?:costs?|costing|paid|pays?|paying|priced|price|worth|spend|spent|fined|fine|fines|salary|wages?|earns?|earned|earning|sold|bought|bid|fees?|tax|budget|revenue|profits?|donated|invested|charged?|rent|bill|debts?|loans?|compensation|damages|prize|reward|bonus|grant|award(?:ed)?)(?:[ \t]+(?:for|at|of|to|about|around|nearly|some|over|under|just|only|a|an|the|him|her|them|it|up))*[ \t]+$/iu;
const WEIGHING_BEFORE = /weigh|heav|\b(?:lost|gained|shed|put on)\b/i;
// another currency priced in pounds: an exchange rate ("the euro traded at 0.86 pounds", "the dollar bought 0.79
// pounds"), the currency named in the clause before the amount
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(?:euros?|dollars?|yen|francs?|yuan|rupees?|pesos?|kron[ae]|kronor|zlotys?|currency|currencies|exchange[ \t]+rate)(?![\p{L}])[^.;:!?\n\d]{0,30}$/iu;
// "5 pounds of cheese", "a 40-pound tuna": what the pounds weigh follows them, or they make an adjective
const WEIGHT_AFTER = /^(?:[ \t]+pounds?[ \t]+of[ \t]+(?!(?:public|taxpayers?|taxpayers['’]|government|state|investment|funding|cash|money|aid|debt|spending)(?![\p{L}]))|-)/iu;
/** "pounds" after words of paying, or as the price of another currency, is money (sterling), not a weight.
 *  `end`: where the number ends, when the words after it are to be read too. */
export function poundsOfMoney(text: string, start: number, end?: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (WEIGHING_BEFORE.test(before) || (end !== undefined && WEIGHT_AFTER.test(text.slice(end, end + 40)))) return false;
  return PAYING_BEFORE.test(before) || CURRENCY_BEFORE.test(before);
}

const BRACKETED = /^[ \t\u00a0]?[([]([^()[\]\s]{1,6})[)\]]/u;

/** "20 (kg)", "20 [kg]": a unit in brackets after the number, as tables and spec sheets write it. */
export function bracketedUnit(after: string): { entry: UnitEntry; length: number } | null {
  const m = BRACKETED.exec(after);
  const sym = m?.[1];
  if (!m || !sym) return null;
  // one-letter symbols ("(m)", "(t)") are as often millions, notes or list marks
  const entry = ATTACHED_ONLY_SYMBOLS.has(sym) ? undefined : UNIT_SYMBOLS[sym] ?? UNIT_WORDS[sym.toLowerCase()];
  return entry ? { entry, length: m[0].length } : null;
}

const MINOR_UNITS = /^[ \t]{1,2}and[ \t]{1,2}(\d{1,2}|\p{L}{3,7}(?:[ -]\p{L}{3,5})?)[ \t]{1,2}(cents?|pence|p)(?![\p{L}])/iu;

/** "12 dollars and 40 cents", "£3 and 20 pence": the minor units, as a fraction of the whole amount. */
export function minorUnitsAfter(text: string, end: number): { value: number; length: number } | null {
  const m = MINOR_UNITS.exec(text.slice(end, end + 40));
  const n = m?.[1];
  if (!m || !n) return null;
  let v: number;
  if (/^\d/.test(n)) v = Number(n);
  else {
    const [a = '', b = ''] = n.toLowerCase().split(/[ -]/);
    v = (TENS_WORDS[a] ?? NUMBER_UNIT_WORDS[a] ?? NaN) + (b === '' ? 0 : NUMBER_UNIT_WORDS[b] ?? NaN);
  }
  return Number.isFinite(v) && v > 0 && v < 100 ? { value: v / 100, length: m[0].length } : null;
}
