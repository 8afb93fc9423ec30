// Units of measure as data, each normalised to one short symbol and a dimension, so that
// "12 kilometres", "12 km" and "12 kilometers" compare as the same figure and the evaluation
// can tell a temperature from a length. Written after the number ("6,200 km", "a two-foot drop").
import { table } from './table.js';
import { u, type Dimension, type UnitEntry } from './unit-entry.js';
import { UNIT_WORDS } from './unit-words.js';
import { UNIT_SYMBOLS } from './unit-symbols.js';

// the lists live in files of their own (words, symbols); the figures stage and the evaluation read them here
export type { Dimension, UnitEntry } from './unit-entry.js';
export { UNIT_WORDS } from './unit-words.js';
export { ATTACHED_ONLY_SYMBOLS, UNIT_SYMBOLS } from './unit-symbols.js';

/** "degrees" where the text talks of weather or heat, the scale not said ("highs of 40 degrees"). */
export const DEGREES_OF_HEAT: UnitEntry = u('deg', 'temperature');

/** Dimension of a normalised unit symbol, for the evaluation and for kind decisions. */
// (a table like the others: a unit read off a document never finds "constructor" on a prototype)
export const DIMENSION_OF: Readonly<Record<string, Dimension>> = table(Object.fromEntries(
  [...Object.values(UNIT_WORDS), ...Object.values(UNIT_SYMBOLS), DEGREES_OF_HEAT].map((e) => [e.unit, e.dim]),
));
