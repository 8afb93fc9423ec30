// What a price or an amount is counted per, after "a", "an" or "per": "$12 an hour", "$3.40 a gallon", "$1.15
// per share", "$900 a month", "1,200 calories a day". Read by analysis/figures/rates.ts. A closed list: after an
// amount "a" is as often the start of another phrase ("$5 a year ago", "$40 a friend lent him").

/** Units of time a wage, a rent or a budget is counted in ("a year ago" and "a day later" are checked apart). */
export const TIME_BASES: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year', 'night', 'minute', 'season', 'semester', 'term', 'shift']);

/** Measures a price is quoted in (normalised through the unit words where they have a symbol: "gallon" is "gal"). */
export const MEASURE_BASES: ReadonlySet<string> = new Set([
  'gallon', 'litre', 'liter', 'barrel', 'pound', 'kilo', 'kilogram', 'ton', 'tonne', 'ounce', 'bushel', 'mile', 'kilometre',
  'kilometer', 'acre', 'hectare', 'square foot', 'square metre', 'square meter', 'kilowatt-hour', 'kilowatt hour', 'megawatt-hour', 'therm',
]);

/** Things a price or a share of money is counted per ("a share", "per person", "a head", "per capita" after "per" only). */
export const ITEM_BASES: ReadonlySet<string> = new Set([
  'share', 'person', 'head', 'household', 'family', 'ticket', 'seat', 'dose', 'pill', 'student', 'pupil', 'employee',
  'worker', 'resident', 'passenger', 'visitor', 'patient', 'unit', 'vehicle', 'car', 'room', 'meal', 'game', 'episode', 'vote',
]);

/** Bases written after "per" only: "per capita" ("a capita" is no English); "per second" ("a second" is as often
 * the ordinal: "$5 a second time"). */
export const PER_ONLY_BASES: ReadonlySet<string> = new Set(['capita', 'second']);

/** A length per a time, written "an hour" or "per second" after a symbol ("300km an hour"), as the speed's symbol. */
export const SPEED_UNITS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  'km/hour': 'km/h', 'mi/hour': 'mph',
});
