// Units and amounts (src/lexicon/units.ts, src/analysis/figures/attach.ts, attach-more.ts):
// invented sentences; each rule with what it catches and what it must leave alone.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, unit: c.unit }));

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

describe('ages and temperatures said around the number', () => {
  it.each<[string, string, number, string, string]>([
    ['She started painting at the age of 6.', '6', 6, 'year', 'age'],
    ['Voters aged 65 turned out.', '65', 65, 'year', 'age'],
    // an obituary's "died at"
    ['Ruth Amberley, poet, dies at 88', '88', 88, 'year', 'age'],
    ['He died at 79 after a short illness.', '79', 79, 'year', 'age'],
    ['The foal is ten days old.', 'ten days old', 10, 'day', 'age'],
    ['He retired at 60 years of age.', '60 years of age', 60, 'year', 'age'],
    ['Overnight it fell to 12 degrees below zero.', '12 degrees below zero', -12, 'deg', 'unit-temperature'],
    ['Expect minus 4 degrees tonight.', 'minus 4 degrees', -4, 'deg', 'unit-temperature'],
  ])('%s', (text, want, value, unit, rule) => {
    const f = extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, unit: c.unit, rule: c.rule })).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toMatchObject({ value, unit, rule });
  });

  it('leaves a plain count after "age" words that name no age', () => {
    expect(found('The agency hired 40 staff.')[0]).toMatchObject({ kind: 'count' });
    expect(found('The cheese is aged 30 days.')[0]).toMatchObject({ unit: 'day' });
    // an address after "died at" is no age
    expect(found('The composer died at 14 Marlow Road.')[0]).toMatchObject({ kind: 'count' });
  });
});

describe('money: minor units and currencies of neighbouring amounts', () => {
  it.each<[string, string, number, string]>([
    ['The toll is 12 dollars and 40 cents.', '12 dollars and 40 cents', 12.4, 'USD'],
    ['A ticket costs £3 and twenty pence.', '£3 and twenty pence', 3.2, 'GBP'],
    ['Rates: 8 rmb 30 usd', '30 usd', 30, 'USD'],
    ['Rates: 8 rmb 30 usd', '8 rmb', 8, 'CNY'],
    ['He paid twenty quid for it.', 'twenty quid', 20, 'GBP'],
    ['It only costs 5 bucks.', '5 bucks', 5, 'USD'],
    ['A taxi is 90 Mexican pesos.', '90 Mexican pesos', 90, 'MXN'],
    // a name several countries share stays bare; a nationality before it settles which
    ['The fine was 40 francs.', '40 francs', 40, 'franc'],
    ['The fine was 40 Swiss francs.', '40 Swiss francs', 40, 'CHF'],
    ['Rent is 7,000 Congolese francs.', '7,000 Congolese francs', 7000, 'CDF'],
    ['A meal costs 900 pesos.', '900 pesos', 900, 'peso'],
    ['The ferry costs 300 kroner.', '300 kroner', 300, 'krone'],
    ['The ferry costs 300 Danish kroner.', '300 Danish kroner', 300, 'DKK'],
    ['Tea costs 50 rupees.', '50 rupees', 50, 'rupee'],
    ['Tea costs 50 Sri Lankan rupees.', '50 Sri Lankan rupees', 50, 'LKR'],
    ['A visa is 200 Qatari riyals.', '200 Qatari riyals', 200, 'QAR'],
    // crowns: money in digits, with a scale or a word of paying; the nationality settles which
    ['Households spend 300 crowns a week on food.', '300 crowns a week', 300, 'crown/week'],
    ['The fund holds two million crowns.', 'two million crowns', 2_000_000, 'crown'],
    ['He paid five crowns for it.', 'five crowns', 5, 'crown'],
    ['A ticket costs 90 Czech crowns.', '90 Czech crowns', 90, 'CZK'],
    ['Bread rose to 450 forints.', '450 forints', 450, 'HUF'],
    ['Candy cost 2 dimes then.', '2 dimes', 2, 'dime'],
    ['The driver was fined 300 pounds.', '300 pounds', 300, 'GBP'],
    ['The painting sold for 9,000 pounds.', '9,000 pounds', 9000, 'GBP'],
    // another currency priced in pounds: an exchange rate
    ['The euro traded at 0.8710 pounds on Friday.', '0.8710 pounds', 0.871, 'GBP'],
    ['By noon the dollar bought just 0.79 pounds.', '0.79 pounds', 0.79, 'GBP'],
    ['The council spent 2,000 pounds of public money on it.', '2,000 pounds', 2000, 'GBP'],
    ['The exchange rate slipped to 1.14 pounds per 100 yen.', '1.14 pounds', 1.14, 'GBP'],
    ['A bag now costs 10p.', '10p', 10, 'GBp'],
  ])('%s', (text, want, value, unit) => {
    expect(found(text).find((x) => x.text === want), JSON.stringify(found(text))).toMatchObject({ value, unit, kind: 'money' });
  });

  it('crowns counted in words are titles or tooth caps, not money', () => {
    expect(found('She has won three crowns.').some((f) => f.kind === 'money')).toBe(false);
  });

  it('a large number glued to p is no price ("720p" video)', () => {
    expect(found('Streams run at 720p.').some((f) => f.kind === 'money')).toBe(false);
  });

  it.each<[string, string, number]>([
    ['Shares in the grocer closed at 386p.', '386p', 386],
    ['The stock slid to 1,240p on Friday.', '1,240p', 1240],
  ])('a share price in pence at a level: %s', (text, want, value) => {
    expect(found(text)).toContainEqual({ text: want, value, kind: 'money', unit: 'GBp' });
  });

  it('a large number glued to p with no level before it is no price', () => {
    expect(found('Their 386p model sold out.').some((f) => f.kind === 'money')).toBe(false);
  });

  it('leaves cents that stand apart', () => {
    expect(found('It cost 12 dollars and 40 cents more later.').map((f) => f.text)).toEqual(['12 dollars and 40 cents']);
    expect(found('He paid 12 dollars and gave 40 cents.').map((f) => f.text)).toEqual(['12 dollars', '40 cents']);
  });
});

// a C or F after a level reached or fallen to, or near words of weather, standing alone: a temperature, spaced or not
describe('temperatures: a letter of heat after a level reached', () => {
  it.each<[string, string, number, string]>([
    ['The valley reached 31 C on Tuesday.', '31 C', 31, '°C'],
    ['Inland the town hit 97 F by noon.', '97 F', 97, '°F'],
    ['Readings fell to -6 C overnight.', '-6 C', -6, '°C'],
    ['The afternoon peaked at about 28 C.', 'about 28 C', 28, '°C'],
    ['It will top 33C today.', '33C', 33, '°C'],
    ['A forecast of 26 C for the weekend.', '26 C', 26, '°C'],
  ])('%s', (text, want, value, unit) => {
    const f = found(text).find((x) => x.text === want);
    expect(f, JSON.stringify(found(text))).toMatchObject({ value, kind: 'measure', unit });
  });

  it.each<[string, string]>([
    ['The shop sold 30 C batteries.', '30'],
    ['The school reached 40 C grade pupils.', '40'],
    ['Its debt reached 30 C and D bonds.', '30'],
    ['Sales reached 20 F-150 trucks.', '20'],
    ['Flat 12 C was empty.', '12'],
  ])('leaves alone: %s', (text, want) => {
    expect(found(text)[0], JSON.stringify(found(text))).toMatchObject({ text: want, unit: null });
  });
});
