// Units of measure written as symbols after the number ("6,200 km", "48m", "3 m x 4 m"), each normalised
// to one short symbol and a dimension (lexicon/units.ts says why).
import { table } from './table.js';
import { u, type UnitEntry } from './unit-entry.js';

/**
 * Symbols, matched case-sensitively (so "M" million and "m" metre, "MB" and "Mb" stay apart).
 * "in", "am", "pm", "t" and "s" are left out as words on their own: too often English or a clock.
 */
export const UNIT_SYMBOLS: Readonly<Record<string, UnitEntry>> = table({
  km: u('km', 'length'), m: u('m', 'length'), cm: u('cm', 'length'), mm: u('mm', 'length'), nm: u('nm', 'length'),
  mi: u('mi', 'length'), ft: u('ft', 'length'), yd: u('yd', 'length'),
  km2: u('km²', 'area'), 'km²': u('km²', 'area'), m2: u('m²', 'area'), 'm²': u('m²', 'area'), ha: u('ha', 'area'),
  'km^2': u('km²', 'area'), 'sq mi': u('mi²', 'area'), 'sq km': u('km²', 'area'), mm2: u('mm²', 'area'), cm2: u('cm²', 'area'),
  'ft²': u('ft²', 'area'), µm: u('µm', 'length'), μm: u('µm', 'length'),
  l: u('L', 'volume'), L: u('L', 'volume'), ml: u('mL', 'volume'), mL: u('mL', 'volume'), bbl: u('bbl', 'volume'),
  cc: u('cm³', 'volume'), cm3: u('cm³', 'volume'), 'cm³': u('cm³', 'volume'), m3: u('m³', 'volume'), 'm³': u('m³', 'volume'),
  'fl oz': u('fl oz', 'volume'), tsp: u('tsp', 'volume'), tbsp: u('tbsp', 'volume'),
  kg: u('kg', 'mass'), g: u('g', 'mass'), mg: u('mg', 'mass'), lb: u('lb', 'mass'), lbs: u('lb', 'mass'), oz: u('oz', 'mass'),
  t: u('t', 'mass'), mcg: u('µg', 'mass'), µg: u('µg', 'mass'),
  'm/s': u('m/s', 'speed'), 'ft/s': u('ft/s', 'speed'), 'km/s': u('km/s', 'speed'), 'mi/h': u('mph', 'speed'),
  // ("12st 4lb", "a 15st lock": stone, a body weight; glued only, see ATTACHED_ONLY_SYMBOLS; "21st" is read as an ordinal first)
  st: u('st', 'mass'),
  // race and journey times abbreviated ("2hr 21min", "1 min 40 secs"); lower case only ("the SEC" is a regulator)
  hr: u('hour', 'time'), hrs: u('hour', 'time'), min: u('min', 'time'), mins: u('min', 'time'), sec: u('s', 'time'), secs: u('s', 'time'),
  mph: u('mph', 'speed'), kph: u('km/h', 'speed'), kmph: u('km/h', 'speed'), 'km/h': u('km/h', 'speed'), 'km/hr': u('km/h', 'speed'),
  '°C': u('°C', 'temperature'), '°F': u('°F', 'temperature'), 'ºC': u('°C', 'temperature'), 'ºF': u('°F', 'temperature'),
  '°c': u('°C', 'temperature'), '°f': u('°F', 'temperature'), '° c': u('°C', 'temperature'), '° f': u('°F', 'temperature'),
  C: u('°C', 'temperature'), F: u('°F', 'temperature'),
  '° C': u('°C', 'temperature'), '° F': u('°F', 'temperature'), '°': u('°', 'angle'),
  W: u('W', 'power'), kW: u('kW', 'power'), MW: u('MW', 'power'), GW: u('GW', 'power'),
  kWh: u('kWh', 'energy'), MWh: u('MWh', 'energy'), GWh: u('GWh', 'energy'), TWh: u('TWh', 'energy'),
  KB: u('kB', 'data'), kB: u('kB', 'data'), MB: u('MB', 'data'), GB: u('GB', 'data'), TB: u('TB', 'data'), PB: u('PB', 'data'),
  kb: u('kB', 'data'), gb: u('GB', 'data'), tb: u('TB', 'data'), Kb: u('kbit', 'data'), Mb: u('Mbit', 'data'), Gb: u('Gbit', 'data'),
  kbps: u('kbit/s', 'data'), Kbps: u('kbit/s', 'data'), Mbps: u('Mbit/s', 'data'), mbps: u('Mbit/s', 'data'), Gbps: u('Gbit/s', 'data'), gbps: u('Gbit/s', 'data'),
  hp: u('hp', 'power'), bhp: u('hp', 'power'), kcal: u('kcal', 'energy'), kJ: u('kJ', 'energy'), MJ: u('MJ', 'energy'),
  psi: u('psi', 'pressure'), kPa: u('kPa', 'pressure'), hPa: u('hPa', 'pressure'), mbar: u('mbar', 'pressure'),
  dB: u('dB', 'sound'), kV: u('kV', 'electric'), kVA: u('kVA', 'electric'),
  Hz: u('Hz', 'frequency'), kHz: u('kHz', 'frequency'), MHz: u('MHz', 'frequency'), GHz: u('GHz', 'frequency'),
  // a dose counted by its effect ("1,000 IU of vitamin D"); capitals only
  IU: u('IU', 'dose'),
  '"': u('in', 'length'), '″': u('in', 'length'),
});

/** Symbols that may only stick to the number ("48m", "100t"); with a space they are too often words. */
export const ATTACHED_ONLY_SYMBOLS = new Set(['m', 't', 'g', 'l', 'L', 'W', '"', '″', '°', 'C', 'F', 'st']);
