// Units of measure as data, each normalised to one short symbol and a dimension, so that
// "12 kilometres", "12 km" and "12 kilometers" compare as the same figure and the evaluation
// can tell a temperature from a length. Written after the number ("6,200 km", "a two-foot drop").
import { table } from './table.js';

export type Dimension =
  | 'length' | 'area' | 'volume' | 'mass' | 'speed' | 'temperature' | 'time' | 'energy' | 'power'
  | 'data' | 'frequency' | 'angle' | 'index';

export interface UnitEntry { unit: string; dim: Dimension }

const u = (unit: string, dim: Dimension): UnitEntry => ({ unit, dim });

/** Full words and multi-word names, matched case-insensitively; plural and spelling variants listed. */
export const UNIT_WORDS: Readonly<Record<string, UnitEntry>> = table({
  // length: metric and imperial, both spellings of metre
  kilometre: u('km', 'length'), kilometres: u('km', 'length'), kilometer: u('km', 'length'), kilometers: u('km', 'length'),
  metre: u('m', 'length'), metres: u('m', 'length'), meter: u('m', 'length'), meters: u('m', 'length'),
  centimetre: u('cm', 'length'), centimetres: u('cm', 'length'), centimeter: u('cm', 'length'), centimeters: u('cm', 'length'),
  millimetre: u('mm', 'length'), millimetres: u('mm', 'length'), millimeter: u('mm', 'length'), millimeters: u('mm', 'length'),
  nanometre: u('nm', 'length'), nanometres: u('nm', 'length'), nanometer: u('nm', 'length'), nanometers: u('nm', 'length'),
  picometre: u('pm', 'length'), picometer: u('pm', 'length'), picometres: u('pm', 'length'), picometers: u('pm', 'length'),
  mile: u('mi', 'length'), miles: u('mi', 'length'), 'nautical miles': u('nmi', 'length'), 'nautical mile': u('nmi', 'length'),
  foot: u('ft', 'length'), feet: u('ft', 'length'), inch: u('in', 'length'), inches: u('in', 'length'),
  yard: u('yd', 'length'), yards: u('yd', 'length'), 'light years': u('ly', 'length'), 'light-years': u('ly', 'length'),
  // area
  'square kilometres': u('km²', 'area'), 'square kilometers': u('km²', 'area'), 'square kilometre': u('km²', 'area'), 'square kilometer': u('km²', 'area'),
  'square metres': u('m²', 'area'), 'square meters': u('m²', 'area'), 'square metre': u('m²', 'area'), 'square meter': u('m²', 'area'),
  'square miles': u('mi²', 'area'), 'square mile': u('mi²', 'area'), 'square feet': u('ft²', 'area'), 'square foot': u('ft²', 'area'),
  'sq mi': u('mi²', 'area'), 'sq km': u('km²', 'area'), 'sq ft': u('ft²', 'area'), 'sq m': u('m²', 'area'),
  acre: u('acre', 'area'), acres: u('acre', 'area'), hectare: u('ha', 'area'), hectares: u('ha', 'area'),
  // volume
  litre: u('L', 'volume'), litres: u('L', 'volume'), liter: u('L', 'volume'), liters: u('L', 'volume'),
  millilitre: u('mL', 'volume'), millilitres: u('mL', 'volume'), milliliter: u('mL', 'volume'), milliliters: u('mL', 'volume'),
  gallon: u('gal', 'volume'), gallons: u('gal', 'volume'), barrel: u('bbl', 'volume'), barrels: u('bbl', 'volume'),
  'cubic feet': u('ft³', 'volume'), 'cubic foot': u('ft³', 'volume'), 'cubic metres': u('m³', 'volume'), 'cubic meters': u('m³', 'volume'),
  // mass: "pound(s)" is settled against money by the figures stage
  tonne: u('t', 'mass'), tonnes: u('t', 'mass'), ton: u('t', 'mass'), tons: u('t', 'mass'), 'metric tons': u('t', 'mass'),
  kilogram: u('kg', 'mass'), kilograms: u('kg', 'mass'), kilogramme: u('kg', 'mass'), kilogrammes: u('kg', 'mass'),
  gram: u('g', 'mass'), grams: u('g', 'mass'), gramme: u('g', 'mass'), grammes: u('g', 'mass'),
  milligram: u('mg', 'mass'), milligrams: u('mg', 'mass'), pound: u('lb', 'mass'), pounds: u('lb', 'mass'),
  ounce: u('oz', 'mass'), ounces: u('oz', 'mass'), stone: u('st', 'mass'), carat: u('ct', 'mass'), carats: u('ct', 'mass'),
  drachma: u('dr', 'mass'),
  // speed
  'miles per hour': u('mph', 'speed'), 'miles an hour': u('mph', 'speed'), 'kilometres per hour': u('km/h', 'speed'),
  'kilometers per hour': u('km/h', 'speed'), 'kilometres an hour': u('km/h', 'speed'), 'kilometers an hour': u('km/h', 'speed'),
  knot: u('kn', 'speed'), knots: u('kn', 'speed'),
  // temperature: "degrees" alone is an angle unless a scale follows
  'degrees celsius': u('°C', 'temperature'), 'degree celsius': u('°C', 'temperature'), 'degrees centigrade': u('°C', 'temperature'),
  'degrees fahrenheit': u('°F', 'temperature'), 'degree fahrenheit': u('°F', 'temperature'),
  'degrees c': u('°C', 'temperature'), 'degrees f': u('°F', 'temperature'), 'deg c': u('°C', 'temperature'), 'deg f': u('°F', 'temperature'),
  '° celsius': u('°C', 'temperature'), '° fahrenheit': u('°F', 'temperature'),
  celsius: u('°C', 'temperature'), fahrenheit: u('°F', 'temperature'), kelvin: u('K', 'temperature'),
  degree: u('°', 'angle'), degrees: u('°', 'angle'),
  // energy, power, data, frequency: energy and tech news
  watt: u('W', 'power'), watts: u('W', 'power'), kilowatt: u('kW', 'power'), kilowatts: u('kW', 'power'),
  megawatt: u('MW', 'power'), megawatts: u('MW', 'power'), gigawatt: u('GW', 'power'), gigawatts: u('GW', 'power'),
  'kilowatt-hours': u('kWh', 'energy'), 'kilowatt hours': u('kWh', 'energy'), 'megawatt-hours': u('MWh', 'energy'),
  'gigawatt-hours': u('GWh', 'energy'), 'terawatt-hours': u('TWh', 'energy'), calories: u('kcal', 'energy'),
  byte: u('B', 'data'), bytes: u('B', 'data'), kilobytes: u('kB', 'data'), megabytes: u('MB', 'data'), gigabytes: u('GB', 'data'),
  terabytes: u('TB', 'data'), bit: u('bit', 'data'), bits: u('bit', 'data'),
  hertz: u('Hz', 'frequency'), megahertz: u('MHz', 'frequency'), gigahertz: u('GHz', 'frequency'),
  // time spans: durations are measures ("six weeks", "3 years"); "years old" is an age
  year: u('year', 'time'), years: u('year', 'time'), month: u('month', 'time'), months: u('month', 'time'),
  week: u('week', 'time'), weeks: u('week', 'time'), day: u('day', 'time'), days: u('day', 'time'),
  hour: u('hour', 'time'), hours: u('hour', 'time'), hrs: u('hour', 'time'), minute: u('min', 'time'), minutes: u('min', 'time'),
  second: u('s', 'time'), seconds: u('s', 'time'), decade: u('decade', 'time'), decades: u('decade', 'time'),
  century: u('century', 'time'), centuries: u('century', 'time'),
  // market indexes move in points ("the index gained 1.2 points")
  point: u('pt', 'index'), points: u('pt', 'index'),
});

/**
 * Symbols, matched case-sensitively (so "M" million and "m" metre, "MB" and "Mb" stay apart).
 * "in", "am", "pm", "t" and "s" are left out as words on their own: too often English or a clock.
 */
export const UNIT_SYMBOLS: Readonly<Record<string, UnitEntry>> = table({
  km: u('km', 'length'), m: u('m', 'length'), cm: u('cm', 'length'), mm: u('mm', 'length'), nm: u('nm', 'length'),
  mi: u('mi', 'length'), ft: u('ft', 'length'), yd: u('yd', 'length'),
  km2: u('km²', 'area'), 'km²': u('km²', 'area'), m2: u('m²', 'area'), 'm²': u('m²', 'area'), ha: u('ha', 'area'),
  'km^2': u('km²', 'area'), 'sq mi': u('mi²', 'area'), 'sq km': u('km²', 'area'),
  l: u('L', 'volume'), L: u('L', 'volume'), ml: u('mL', 'volume'), mL: u('mL', 'volume'), bbl: u('bbl', 'volume'),
  kg: u('kg', 'mass'), g: u('g', 'mass'), mg: u('mg', 'mass'), lb: u('lb', 'mass'), lbs: u('lb', 'mass'), oz: u('oz', 'mass'),
  t: u('t', 'mass'),
  mph: u('mph', 'speed'), kph: u('km/h', 'speed'), kmph: u('km/h', 'speed'), 'km/h': u('km/h', 'speed'), 'km/hr': u('km/h', 'speed'),
  '°C': u('°C', 'temperature'), '°F': u('°F', 'temperature'), 'ºC': u('°C', 'temperature'), 'ºF': u('°F', 'temperature'),
  C: u('°C', 'temperature'), F: u('°F', 'temperature'),
  '° C': u('°C', 'temperature'), '° F': u('°F', 'temperature'), '°': u('°', 'angle'),
  W: u('W', 'power'), kW: u('kW', 'power'), MW: u('MW', 'power'), GW: u('GW', 'power'),
  kWh: u('kWh', 'energy'), MWh: u('MWh', 'energy'), GWh: u('GWh', 'energy'), TWh: u('TWh', 'energy'),
  KB: u('kB', 'data'), kB: u('kB', 'data'), MB: u('MB', 'data'), GB: u('GB', 'data'), TB: u('TB', 'data'),
  Hz: u('Hz', 'frequency'), kHz: u('kHz', 'frequency'), MHz: u('MHz', 'frequency'), GHz: u('GHz', 'frequency'),
  '"': u('in', 'length'), '″': u('in', 'length'),
});

/** Symbols that may only stick to the number ("48m", "100t"); with a space they are too often words. */
export const ATTACHED_ONLY_SYMBOLS = new Set(['m', 't', 'g', 'l', 'L', 'W', '"', '″', '°', 'C', 'F']);

/** Dimension of a normalised unit symbol, for the evaluation and for kind decisions. */
export const DIMENSION_OF: Record<string, Dimension> = Object.fromEntries(
  [...Object.values(UNIT_WORDS), ...Object.values(UNIT_SYMBOLS)].map((e) => [e.unit, e.dim]),
);
