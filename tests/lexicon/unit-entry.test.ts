// The shape every unit list shares (src/lexicon/unit-entry.ts): `u` builds one entry.
import { describe, expect, it } from 'vitest';
import { metricSpellings, u, type Dimension } from '../../src/lexicon/unit-entry.js';

describe('u: one unit entry', () => {
  it.each<[string, Dimension]>([
    ['km', 'length'],
    ['dB', 'sound'],
    ['kWh', 'energy'],
  ])('%s, %s', (unit, dim) => expect(u(unit, dim)).toEqual({ unit, dim }));

  it('makes a new object each time', () => expect(u('m', 'length')).not.toBe(u('m', 'length')));
});

describe('metricSpellings: a metric unit in its four spellings', () => {
  it.each([
    ['kilometre', 'km', ['kilometre', 'kilometres', 'kilometer', 'kilometers']],
    ['square metre', 'm²', ['square metre', 'square metres', 'square meter', 'square meters']],
    ['litre', 'L', ['litre', 'litres', 'liter', 'liters']],
  ])('%s', (british, unit, words) => {
    const entries = metricSpellings(british, unit, 'length');
    expect(Object.keys(entries).sort()).toEqual([...words].sort());
    expect(Object.values(entries).every((e) => e.unit === unit && e.dim === 'length')).toBe(true);
  });

  // a word with no British "-re" ending has no second spelling to give
  it.each(['mile', 'gram', 'kilometer'])('leaves alone: %s', (word) => {
    expect(() => metricSpellings(word, 'x', 'length')).toThrow();
  });
});
