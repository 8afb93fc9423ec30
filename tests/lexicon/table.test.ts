// Prototype-free lookup tables (src/lexicon/table.ts): a word read off a document ("constructor", "__proto__")
// must never find an entry on Object.prototype.
import { describe, expect, it } from 'vitest';
import { table } from '../../src/lexicon/table.js';

const t = table({ mile: 'mi', hour: 'h' });

describe('table: lookups', () => {
  it.each<[string, string | undefined]>([
    ['mile', 'mi'],
    ['hour', 'h'],
    // a word not listed
    ['league', undefined],
    // words that name Object.prototype's members
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
  ])('%s -> %s', (word, want) => expect(t[word]).toBe(want));

  it.each<[string, boolean]>([
    ['mile', true],
    ['constructor', false],
    ['valueOf', false],
  ])('"%s" in the table -> %s', (word, want) => expect(word in t).toBe(want));
});

describe('table: frozen', () => {
  it('cannot be written to', () => {
    expect(Object.isFrozen(t)).toBe(true);
    expect(() => { (t as Record<string, string>).mile = 'km'; }).toThrow(TypeError);
  });
});
