// Units named after a number (src/lexicon/units.ts, read by src/analysis/figures/attach.ts): invented sentences; each
// rule with what it catches and what it must leave alone. Ages, temperatures and cents: attach-more.test.ts; currencies
// in words: named-units.test.ts; pence glued to a number: glued-units.test.ts.
import { describe, expect, it } from 'vitest';
import { found } from './figures-of.js';

describe('units: catches', () => {
  it.each<[string, string, string, number?]>([
    ['The probe moves at 11 kilometres per second.', '11 kilometres per second', 'km/s'],
    ['Winds reached 40 meters per second.', '40 meters per second', 'm/s'],
    ['The plot is 900 square inches.', '900 square inches', 'in²'],
    ['Add 2 tablespoons of oil.', '2 tablespoons', 'tbsp'],
    ['He drank 3 pints.', '3 pints', 'pt'],
    ['Customs seized 35 kilos of resin.', '35 kilos', 'kg'],
    ['The bomb yielded 15 kilotons.', '15 kilotons', 'kt'],
    // a two-word unit joined by hyphens is that unit
    ['They rent a 900-square-foot loft.', '900-square-foot', 'ft²'],
    ['The lake holds 5,000 acre-feet of water.', '5,000 acre-feet', 'acre-ft'],
    // feet and inches glued to their numbers are one length
    ['The guard is 6ft 4in tall.', '6ft 4in', 'ft', 6 + 4 / 12],
    ['Each pill holds 400 micrograms.', '400 micrograms', 'µg'],
    ['Lines carry 100 Mbps.', '100 Mbps', 'Mbit/s'],
    ['The engine makes 300 horsepower.', '300 horsepower', 'hp'],
    ['Traffic noise hit 85 decibels.', '85 decibels', 'dB'],
    ['The tyre needs 32 psi.', '32 psi', 'psi'],
    ['The cable carries 400 kilovolts.', '400 kilovolts', 'kV'],
    ['The load is 35 (kg) per crate.', '35 (kg)', 'kg'],
    ['The park covers 12 km squared.', '12 km squared', 'km²'],
    ['The flat is 80 metres squared.', '80 metres squared', 'm²'],
    ['Forecasters expect temperatures of 38 degrees on Friday.', '38 degrees', 'deg'],
    ['The weather service said it would reach 12 deg. at noon.', '12 deg', 'deg'],
    ['it is 31°c in the shade', '31°c', '°C'],
    ['the tank holds water at 60 deg celsius', '60 deg celsius', '°C'],
    // times abbreviated, glued or spaced
    ['The relay team finished in 45 mins.', '45 mins', 'min'],
    ['The lights stay red for 90 secs.', '90 secs', 's'],
    ['The coach trip takes 3hr each way.', '3hr', 'hour'],
  ])('%s', (text, want, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toMatchObject({ kind: 'measure', unit });
  });
});

describe('units: leaves alone', () => {
  it.each<[string, string, string | null]>([
    // "kilo" hyphened to a noun it names: the class of a thing, not its weight
    ['The navy bought a Kilo-class submarine in 2004.', '2004', null],
    // an angle where nothing speaks of heat
    ['The driver made a 180 degree turn.', '180 degree', '°'],
    ['The ramp rises 12 degrees.', '12 degrees', '°'],
    // a one-letter symbol in brackets is as often a note or millions
    ['Sales were 20 (m) last year.', '20', null],
    // pounds of weight, even near money words
    ['The boxer weighed 150 pounds.', '150 pounds', 'lb'],
    ['He lost 20 pounds, which cost him a fortune.', '20 pounds', 'lb'],
    // a currency in the clause, but the pounds are a weight
    ['The dollar-store owner weighed 210 pounds.', '210 pounds', 'lb'],
    ['With his euros he bought 5 pounds of cheese.', '5 pounds', 'lb'],
    ['The market sold 300 pounds of beef by noon.', '300 pounds', 'lb'],
    ['A fisherman paid in pesos landed a 40-pound tuna.', '40-pound', 'lb'],
    // words that count things as often as they measure
    ['The region has 3 leagues and 40 clubs.', '3', null],
    ['Protesters threw 10 stones at the gate.', '10', null],
    // a time's abbreviation is lower case: capitals name something else
    ['The firm made 4 SEC filings in May.', '4', null],
    // "per second" after a length no longer leaves "second" as a rank
    ['It fell 9 metres in a second.', '9 metres', 'm'],
  ])('%s', (text, want, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toMatchObject({ unit });
  });
});
