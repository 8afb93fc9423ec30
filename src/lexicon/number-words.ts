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

/** The spelled words of a count below a hundred, units and tens ("seven", "fifteen", "forty"): one list for the patterns
 *  that take any count in words (a tens word and its unit, "forty-two", are two of them). */
export const COUNT_WORDS: readonly string[] = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)];

/** Of those, the counts of two or more, which take a plural noun ("two reports", "forty states"; not "one", "zero"). */
export const PLURAL_COUNT_WORDS: readonly string[] = COUNT_WORDS.filter((w) => (UNIT_WORDS[w] ?? TENS_WORDS[w] ?? 0) >= 2);

/**
 * Multipliers: they multiply what comes before ("1.5 billion", "two hundred"). News writes the
 * short forms too ("$4bn", "10 tln", "2mil"); Indian English writes lakh and crore.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
  mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
});

/** Groups counted as a unit: "a dozen" is 12, "half a dozen" 6 ("a couple" is too vague to value). */
export const GROUP_WORDS: Readonly<Record<string, number>> = table({ dozen: 12, dz: 12, dzs: 12, doz: 12 });

/**
 * Fraction denominators, singular and plural ("a third", "two-thirds", "three quarters",
 * "sixty-one hundredths", "a hundred billionths"). Every ordinal from third up can name a
 * fraction; "second" is left out: "a second" is nearly always time, "one second" a duration.
 * Whether "a fifth" is a fraction or a rank ("a fifth term") is decided by the word after it.
 */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8,
  ninth: 9, ninths: 9, tenth: 10, tenths: 10, eleventh: 11, elevenths: 11, twelfth: 12, twelfths: 12,
  thirteenth: 13, thirteenths: 13, fourteenth: 14, fourteenths: 14, fifteenth: 15, fifteenths: 15,
  sixteenth: 16, sixteenths: 16, seventeenth: 17, seventeenths: 17, eighteenth: 18, eighteenths: 18,
  nineteenth: 19, nineteenths: 19, twentieth: 20, twentieths: 20, thirtieth: 30, thirtieths: 30,
  fortieth: 40, fortieths: 40, fiftieth: 50, fiftieths: 50, sixtieth: 60, sixtieths: 60,
  seventieth: 70, seventieths: 70, eightieth: 80, eightieths: 80, ninetieth: 90, ninetieths: 90,
  hundredth: 100, hundredths: 100, thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6,
  billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
});

/**
 * Words that make the "half" or "quarter" right after them a period of time, not a share: "the
 * first quarter of next year", "the second half of the season", "the final quarter of the game",
 * "in the 3rd quarter". Business news names every results period this way; a share takes an
 * article or a number instead ("a quarter of voters", "three quarters"). "top"/"bottom" are not
 * here: "the top quarter of earners" is a share.
 */
export const PERIOD_RANK_WORDS = new Set([
  // the ranks of the halves and quarters of a year, a season or a game
  'first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th',
  // the ends and the neighbours of a period
  'final', 'last', 'past', 'previous', 'next', 'current', 'latest', 'opening', 'closing', 'latter',
]);

/**
 * Plural ordinals of the units, for compound denominators after a tens word: "five
 * thirty-seconds" (1/32, how bond prices move), "three twenty-firsts". Only plurals: a singular
 * ("twenty-first") is a rank.
 */
export const PLURAL_UNIT_ORDINALS: Readonly<Record<string, number>> = table({
  firsts: 1, seconds: 2, thirds: 3, fourths: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9,
});

/**
 * Words that may follow a singular fraction after an article and keep it a fraction: "a third
 * of", "a fifth more", "a tenth the size", "a third say", "cut by a third in a year". Any other
 * word makes it a rank: "a fifth term", "a third straight loss".
 */
export const FRACTION_FOLLOWERS = new Set([
  // the partitive and comparisons
  'of', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'as', 'than', 'again',
  // determiners: "a third the size", "half its staff"
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each',
  // prepositions and conjunctions after the phrase ends
  'and', 'or', 'but', 'to', 'from', 'in', 'on', 'at', 'by', 'for', 'with', 'since', 'over', 'under', 'per',
  'during', 'after', 'before', 'between', 'among', 'across', 'through', 'into', 'off', 'up', 'down', 'while',
  // a fraction as the subject of a verb: "a third are", "a fifth said"
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'do', 'did', 'does', 'say', 'says', 'said', 'think', 'thinks', 'believe', 'believes', 'want', 'wants',
  'support', 'supports', 'oppose', 'opposes', 'favor', 'favors', 'favour', 'favours', 'back', 'backs', 'live', 'lives',
  'die', 'dies', 'own', 'owns', 'get', 'gets', 'go', 'goes', 'come', 'comes', 'remain', 'remains', 'still', 'also',
  // time adverbs that close the phrase: "up from a tenth last year", "a fifth now", "a quarter earlier"
  // ("a third last-minute goal": hyphened, the word is an adjective and the ordinal a rank)
  'last', 'next', 'now', 'then', 'today', 'earlier', 'ago', 'previously', 'overall',
  // scale words: "a third million" is rare, but never a rank
  'hundred', 'thousand', 'million', 'billion', 'trillion',
]);

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
