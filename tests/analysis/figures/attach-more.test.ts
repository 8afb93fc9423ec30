// Units and amounts that need a look beyond the words stuck to the number (src/analysis/figures/attach-more.ts):
// ages said around it, temperatures, the cents after a whole amount (moved out of units.test.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { found } from './figures-of.js';

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

describe('money: the minor units after a whole amount', () => {
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
