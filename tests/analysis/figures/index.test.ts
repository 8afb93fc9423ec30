// The figure scan as a whole (figures/index.ts): hostile numbers stay finite, and words named like object members
// are no number words. The rules' own rows are in the files that mirror their modules. Invented texts.
import { describe, expect, it } from 'vitest';
import { type Want, expectOne, figures } from './figures-of.js';

describe('findFigures: hostile numbers stay finite', () => {
  it.each<[string]>([['1e999'], ['9'.repeat(400)], ['1' + ',000'.repeat(120)], ['0/0 and 5/0']])('%s', (text) => {
    for (const f of figures(text)) {
      if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
    }
  });
});

// words are looked up in the number-word tables; a word that names a member of every object ("constructor",
// "toString") is no number word and ends the number before it (plain-object tables would read it as one)
describe('findFigures: words named like object members are no number words', () => {
  it.each<[string, Want]>([
    ['They sold 5 constructor kits.', { text: '5', value: 5, kind: 'count' }],
    ['twenty constructor', { text: 'twenty', value: 20, kind: 'count' }],
    ['We ate three and a constructor.', { text: 'three', value: 3, kind: 'count' }],
    ['It weighs 4 constructor.', { text: '4', value: 4, kind: 'count', unit: null }],
    ['They sent two hundred toString calls.', { text: 'two hundred', value: 200 }],
    ['Tom has five valueOf tokens.', { text: 'five', value: 5 }],
    ['They made 3 __proto__ pies.', { text: '3', value: 3 }],
  ])('%s', (text, want) => expectOne(text, want));
});
