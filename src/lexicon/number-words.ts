// Number words as data: what each spelled-out number word is worth, so the figures stage can
// value "two hundred and six", "a dozen", "half-million" or "three-quarters" without a parser.
import { table } from './table.js';

/** Words worth a small whole number: they add to the number being built. */
export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, nought: 0, naught: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});

/** Tens: may be followed by a unit word ("twenty-one", "forty two"). */
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/**
 * Multipliers: they multiply what comes before ("1.5 billion", "two hundred"). News writes the
 * short forms too ("$4bn", "10 tln", "2mil"); Indian English writes lakh and crore.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
  mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
});

/** Plural scales ("hundreds of", "millions of") are vague quantities: kept out of values. */
export const VAGUE_SCALE_WORDS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'trillions', 'dozens', 'scores']);

/** Groups counted as a unit: "a dozen" is 12, "half a dozen" 6 ("a couple" is too vague to value). */
export const GROUP_WORDS: Readonly<Record<string, number>> = table({ dozen: 12, dz: 12, dzs: 12, doz: 12 });

/**
 * Fraction denominators, singular and plural ("a third", "two-thirds", "three quarters").
 * "second" is left out: "a second" is nearly always time, "one second" a duration.
 */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, twelfth: 12, twelfths: 12, twentieth: 20, twentieths: 20,
  hundredth: 100, hundredths: 100, thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6,
});

/** Ordinal words and their rank ("the third round" is a position, not a quantity). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
  millionth: 1e6,
});

/** Unicode vulgar fractions written as one character. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = table({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5,
  '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});
