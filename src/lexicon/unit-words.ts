// Units of measure written as words after the number ("6,200 kilometres", "a two-foot drop"), each
// normalised to one short symbol and a dimension (lexicon/units.ts says why).
import { table } from './table.js';
import { metricSpellings, u, type UnitEntry } from './unit-entry.js';

/** Full words and multi-word names, matched case-insensitively; plural and spelling variants listed. */
export const UNIT_WORDS: Readonly<Record<string, UnitEntry>> = table({
  // length: metric (both spellings of metre, metricSpellings) and imperial
  ...metricSpellings('kilometre', 'km', 'length'), ...metricSpellings('metre', 'm', 'length'),
  ...metricSpellings('centimetre', 'cm', 'length'), ...metricSpellings('millimetre', 'mm', 'length'),
  ...metricSpellings('nanometre', 'nm', 'length'), ...metricSpellings('picometre', 'pm', 'length'),
  ...metricSpellings('micrometre', 'µm', 'length'), ...metricSpellings('decimetre', 'dm', 'length'),
  mile: u('mi', 'length'), miles: u('mi', 'length'), 'nautical miles': u('nmi', 'length'), 'nautical mile': u('nmi', 'length'),
  foot: u('ft', 'length'), feet: u('ft', 'length'), inch: u('in', 'length'), inches: u('in', 'length'),
  yard: u('yd', 'length'), yards: u('yd', 'length'), 'light years': u('ly', 'length'), 'light-years': u('ly', 'length'),
  'light year': u('ly', 'length'), 'light-year': u('ly', 'length'), parsec: u('pc', 'length'), parsecs: u('pc', 'length'),
  micron: u('µm', 'length'), microns: u('µm', 'length'), angstrom: u('Å', 'length'), angstroms: u('Å', 'length'),
  furlong: u('furlong', 'length'), furlongs: u('furlong', 'length'),
  // area
  ...metricSpellings('square kilometre', 'km²', 'area'), ...metricSpellings('square metre', 'm²', 'area'),
  'square miles': u('mi²', 'area'), 'square mile': u('mi²', 'area'), 'square feet': u('ft²', 'area'), 'square foot': u('ft²', 'area'),
  'sq mi': u('mi²', 'area'), 'sq km': u('km²', 'area'), 'sq ft': u('ft²', 'area'), 'sq m': u('m²', 'area'),
  'km squared': u('km²', 'area'), 'kilometres squared': u('km²', 'area'), 'kilometers squared': u('km²', 'area'),
  'metres squared': u('m²', 'area'), 'meters squared': u('m²', 'area'), 'miles squared': u('mi²', 'area'), 'feet squared': u('ft²', 'area'),
  'sq. mi': u('mi²', 'area'), 'sq. km': u('km²', 'area'), 'sq. ft': u('ft²', 'area'), 'sq. m': u('m²', 'area'),
  'square inches': u('in²', 'area'), 'square inch': u('in²', 'area'), 'square yards': u('yd²', 'area'), 'square yard': u('yd²', 'area'),
  'square centimetres': u('cm²', 'area'), 'square centimeters': u('cm²', 'area'), 'square millimetres': u('mm²', 'area'), 'square millimeters': u('mm²', 'area'),
  acre: u('acre', 'area'), acres: u('acre', 'area'), hectare: u('ha', 'area'), hectares: u('ha', 'area'),
  // water rights and reservoirs are counted in acre-feet (a volume; written with a hyphen or a space)
  'acre feet': u('acre-ft', 'volume'), 'acre foot': u('acre-ft', 'volume'),
  // volume
  ...metricSpellings('litre', 'L', 'volume'), ...metricSpellings('millilitre', 'mL', 'volume'),
  ...metricSpellings('centilitre', 'cL', 'volume'), ...metricSpellings('decilitre', 'dL', 'volume'),
  ...metricSpellings('hectolitre', 'hL', 'volume'), ...metricSpellings('kilolitre', 'kL', 'volume'),
  ...metricSpellings('cubic metre', 'm³', 'volume'),
  gallon: u('gal', 'volume'), gallons: u('gal', 'volume'), barrel: u('bbl', 'volume'), barrels: u('bbl', 'volume'),
  'cubic feet': u('ft³', 'volume'), 'cubic foot': u('ft³', 'volume'), 'cubic inches': u('in³', 'volume'), 'cubic inch': u('in³', 'volume'),
  'cubic yards': u('yd³', 'volume'), 'cubic yard': u('yd³', 'volume'), 'cubic centimetres': u('cm³', 'volume'), 'cubic centimeters': u('cm³', 'volume'),
  'metres cubed': u('m³', 'volume'), 'meters cubed': u('m³', 'volume'), 'cubic km': u('km³', 'volume'),
  'cubic kilometres': u('km³', 'volume'), 'cubic kilometers': u('km³', 'volume'), 'cubic miles': u('mi³', 'volume'),
  pint: u('pt', 'volume'), pints: u('pt', 'volume'), quart: u('qt', 'volume'), quarts: u('qt', 'volume'),
  teaspoon: u('tsp', 'volume'), teaspoons: u('tsp', 'volume'), tablespoon: u('tbsp', 'volume'), tablespoons: u('tbsp', 'volume'),
  'fluid ounce': u('fl oz', 'volume'), 'fluid ounces': u('fl oz', 'volume'), bushel: u('bu', 'volume'), bushels: u('bu', 'volume'),
  // mass: "pound(s)" is settled against money by the figures stage
  tonne: u('t', 'mass'), tonnes: u('t', 'mass'), ton: u('t', 'mass'), tons: u('t', 'mass'), 'metric tons': u('t', 'mass'),
  kilogram: u('kg', 'mass'), kilograms: u('kg', 'mass'), kilogramme: u('kg', 'mass'), kilogrammes: u('kg', 'mass'),
  // the short form news gives the kilogram in ("seized 40 kilos", "$3 a kilo")
  kilo: u('kg', 'mass'), kilos: u('kg', 'mass'),
  gram: u('g', 'mass'), grams: u('g', 'mass'), gramme: u('g', 'mass'), grammes: u('g', 'mass'),
  milligram: u('mg', 'mass'), milligrams: u('mg', 'mass'), pound: u('lb', 'mass'), pounds: u('lb', 'mass'),
  ounce: u('oz', 'mass'), ounces: u('oz', 'mass'), stone: u('st', 'mass'), carat: u('ct', 'mass'), carats: u('ct', 'mass'),
  drachma: u('dr', 'mass'), dram: u('dr', 'mass'), drams: u('dr', 'mass'),
  microgram: u('µg', 'mass'), micrograms: u('µg', 'mass'), 'metric ton': u('t', 'mass'), 'metric tonne': u('t', 'mass'),
  'metric tonnes': u('t', 'mass'), 'short tons': u('short ton', 'mass'), 'short ton': u('short ton', 'mass'),
  'long tons': u('long ton', 'mass'), 'long ton': u('long ton', 'mass'), kiloton: u('kt', 'mass'), kilotons: u('kt', 'mass'),
  kilotonne: u('kt', 'mass'), kilotonnes: u('kt', 'mass'), megaton: u('Mt', 'mass'), megatons: u('Mt', 'mass'),
  megatonne: u('Mt', 'mass'), megatonnes: u('Mt', 'mass'),
  // speed
  'miles per hour': u('mph', 'speed'), 'miles an hour': u('mph', 'speed'), 'kilometres per hour': u('km/h', 'speed'),
  'kilometers per hour': u('km/h', 'speed'), 'kilometres an hour': u('km/h', 'speed'), 'kilometers an hour': u('km/h', 'speed'),
  knot: u('kn', 'speed'), knots: u('kn', 'speed'), 'mile per hour': u('mph', 'speed'), 'kilometre per hour': u('km/h', 'speed'),
  'kilometer per hour': u('km/h', 'speed'), 'km per hour': u('km/h', 'speed'), 'kilometres/hour': u('km/h', 'speed'), 'kilometers/hour': u('km/h', 'speed'),
  'miles/hour': u('mph', 'speed'), 'metres per second': u('m/s', 'speed'), 'meters per second': u('m/s', 'speed'),
  'metre per second': u('m/s', 'speed'), 'meter per second': u('m/s', 'speed'), 'feet per second': u('ft/s', 'speed'),
  'kilometres per second': u('km/s', 'speed'), 'kilometers per second': u('km/s', 'speed'), 'miles per second': u('mi/s', 'speed'),
  // temperature: "degrees" alone is an angle unless a scale follows
  'degrees celsius': u('°C', 'temperature'), 'degree celsius': u('°C', 'temperature'), 'degrees centigrade': u('°C', 'temperature'),
  'degrees fahrenheit': u('°F', 'temperature'), 'degree fahrenheit': u('°F', 'temperature'),
  'degrees c': u('°C', 'temperature'), 'degrees f': u('°F', 'temperature'), 'deg c': u('°C', 'temperature'), 'deg f': u('°F', 'temperature'),
  '° celsius': u('°C', 'temperature'), '° fahrenheit': u('°F', 'temperature'), 'deg celsius': u('°C', 'temperature'),
  'deg fahrenheit': u('°F', 'temperature'), 'degree c': u('°C', 'temperature'), 'degree f': u('°F', 'temperature'),
  celsius: u('°C', 'temperature'), fahrenheit: u('°F', 'temperature'), kelvin: u('K', 'temperature'),
  degree: u('°', 'angle'), degrees: u('°', 'angle'), deg: u('°', 'angle'),
  // energy, power, data, frequency: energy and tech news
  watt: u('W', 'power'), watts: u('W', 'power'), kilowatt: u('kW', 'power'), kilowatts: u('kW', 'power'),
  megawatt: u('MW', 'power'), megawatts: u('MW', 'power'), gigawatt: u('GW', 'power'), gigawatts: u('GW', 'power'),
  'kilowatt-hours': u('kWh', 'energy'), 'kilowatt hours': u('kWh', 'energy'), 'megawatt-hours': u('MWh', 'energy'),
  'gigawatt-hours': u('GWh', 'energy'), 'terawatt-hours': u('TWh', 'energy'), calories: u('kcal', 'energy'),
  byte: u('B', 'data'), bytes: u('B', 'data'), kilobytes: u('kB', 'data'), megabytes: u('MB', 'data'), gigabytes: u('GB', 'data'),
  terabytes: u('TB', 'data'), bit: u('bit', 'data'), bits: u('bit', 'data'), kilobyte: u('kB', 'data'), megabyte: u('MB', 'data'),
  gigabyte: u('GB', 'data'), terabyte: u('TB', 'data'), petabyte: u('PB', 'data'), petabytes: u('PB', 'data'),
  kilobit: u('kbit', 'data'), kilobits: u('kbit', 'data'), megabit: u('Mbit', 'data'), megabits: u('Mbit', 'data'),
  gigabit: u('Gbit', 'data'), gigabits: u('Gbit', 'data'), terabit: u('Tbit', 'data'), terabits: u('Tbit', 'data'),
  hertz: u('Hz', 'frequency'), kilohertz: u('kHz', 'frequency'), megahertz: u('MHz', 'frequency'), gigahertz: u('GHz', 'frequency'),
  horsepower: u('hp', 'power'), joule: u('J', 'energy'), joules: u('J', 'energy'), kilojoule: u('kJ', 'energy'), kilojoules: u('kJ', 'energy'),
  megajoule: u('MJ', 'energy'), megajoules: u('MJ', 'energy'), kilocalorie: u('kcal', 'energy'), kilocalories: u('kcal', 'energy'),
  calorie: u('kcal', 'energy'), 'kilowatt-hour': u('kWh', 'energy'), 'kilowatt hour': u('kWh', 'energy'), 'megawatt hours': u('MWh', 'energy'),
  'gigawatt hours': u('GWh', 'energy'), 'terawatt hours': u('TWh', 'energy'), terawatt: u('TW', 'power'), terawatts: u('TW', 'power'),
  // pressure, loudness and electricity: weather, health and energy news
  pascal: u('Pa', 'pressure'), pascals: u('Pa', 'pressure'), kilopascal: u('kPa', 'pressure'), kilopascals: u('kPa', 'pressure'),
  hectopascal: u('hPa', 'pressure'), hectopascals: u('hPa', 'pressure'), millibar: u('mbar', 'pressure'), millibars: u('mbar', 'pressure'),
  decibel: u('dB', 'sound'), decibels: u('dB', 'sound'), volt: u('V', 'electric'), volts: u('V', 'electric'),
  kilovolt: u('kV', 'electric'), kilovolts: u('kV', 'electric'), amp: u('A', 'electric'), amps: u('A', 'electric'),
  ampere: u('A', 'electric'), amperes: u('A', 'electric'),
  // time spans: durations are measures ("six weeks", "3 years"); "years old" is an age
  year: u('year', 'time'), years: u('year', 'time'), month: u('month', 'time'), months: u('month', 'time'),
  week: u('week', 'time'), weeks: u('week', 'time'), day: u('day', 'time'), days: u('day', 'time'),
  hour: u('hour', 'time'), hours: u('hour', 'time'), hrs: u('hour', 'time'), minute: u('min', 'time'), minutes: u('min', 'time'),
  second: u('s', 'time'), seconds: u('s', 'time'), decade: u('decade', 'time'), decades: u('decade', 'time'),
  // business quarters, plural only ("two quarters"): "a quarter" and "one quarter" are read as fractions first
  quarters: u('quarter', 'time'),
  millisecond: u('ms', 'time'), milliseconds: u('ms', 'time'), microsecond: u('µs', 'time'), microseconds: u('µs', 'time'),
  nanosecond: u('ns', 'time'), nanoseconds: u('ns', 'time'), fortnight: u('fortnight', 'time'), fortnights: u('fortnight', 'time'),
  century: u('century', 'time'), centuries: u('century', 'time'),
  // market indexes move in points ("the index gained 1.2 points")
  point: u('pt', 'index'), points: u('pt', 'index'),
  // an earthquake's size is a point on a scale too ("a 6.2-magnitude quake"; "magnitude 6.2" before it: magnitudes.ts)
  magnitude: u('magnitude', 'index'),
  // vitamins and some drugs are dosed by their effect, not their mass ("1,000 international units of vitamin D")
  'international units': u('IU', 'dose'), 'international unit': u('IU', 'dose'),
});
