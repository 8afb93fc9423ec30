// The shape every unit list shares (src/lexicon/unit-entry.ts): `u` builds one entry.
import { describe, expect, it } from 'vitest';
import { u, type Dimension } from '../../src/lexicon/unit-entry.js';

describe('u: one unit entry', () => {
  it.each<[string, Dimension]>([
    ['km', 'length'],
    ['dB', 'sound'],
    ['kWh', 'energy'],
  ])('%s, %s', (unit, dim) => expect(u(unit, dim)).toEqual({ unit, dim }));

  it('makes a new object each time', () => expect(u('m', 'length')).not.toBe(u('m', 'length')));
});
