// The dimension of each normalised unit symbol (src/lexicon/units.ts), built from the unit words, the unit symbols
// and the heat reading of "degrees", as one prototype-free table.
import { describe, expect, it } from 'vitest';
import { DEGREES_OF_HEAT, DIMENSION_OF, UNIT_SYMBOLS, UNIT_WORDS } from '../../src/lexicon/units.js';

describe('DIMENSION_OF: a unit symbol to its dimension', () => {
  it.each<[string, string | undefined]>([
    ['km', 'length'],
    ['kg', 'mass'],
    ['°C', 'temperature'],
    // the heat reading of "degrees", the scale not said
    [DEGREES_OF_HEAT.unit, 'temperature'],
    // no unit, and a word that names a prototype member
    ['parsec-ish', undefined],
    ['constructor', undefined],
  ])('%s -> %s', (unit, dim) => expect(DIMENSION_OF[unit]).toBe(dim));
});

describe('DIMENSION_OF agrees with every list it is built from', () => {
  it.each<[string, Record<string, { unit: string; dim: string }>]>([
    ['unit words', UNIT_WORDS],
    ['unit symbols', UNIT_SYMBOLS],
  ])('%s', (_, list) => {
    for (const e of Object.values(list)) expect(DIMENSION_OF[e.unit], e.unit).toBeDefined();
  });
});

describe('unit words and symbols normalise to one symbol', () => {
  it.each<[string, string, string]>([
    ['kilometres', 'km', 'km'],
    ['kilometers', 'km', 'km'],
  ])('%s and %s', (word, symbol, unit) => {
    expect(UNIT_WORDS[word]?.unit).toBe(unit);
    expect(UNIT_SYMBOLS[symbol]?.unit).toBe(unit);
  });
});
