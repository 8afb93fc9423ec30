// The capitalised possessor opening a description (speakers/possessor.ts), one pattern for both readers: the name
// without its article, in either case; a possessor word runs to the blank (an apostrophe or digit inside is kept).
import { describe, expect, it } from 'vitest';
import { PROPER_POSSESSOR } from '../../../src/analysis/speakers/possessor.js';
import { analyze } from '../../../src/analysis/index.js';

describe('speakers: a capitalised possessor', () => {
  it.each([
    ["Ida Renn's lawyer", 'Ida Renn'],
    ["The Vell Ministry's spokeswoman", 'Vell Ministry'],
    ["the Vell Ministry's spokeswoman", 'Vell Ministry'],
    ["O'Dara's aide", "O'Dara"],
    ['Harbour Board’s chair', 'Harbour Board'],
    // a name ending in s with the apostrophe alone
    ["Tallo Motors' chief executive", 'Tallo Motors'],
    ['the Tarn Rovers’ manager', 'Tarn Rovers'],
  ])('%s -> %s', (text, name) => {
    expect(PROPER_POSSESSOR.exec(text)?.[1]).toBe(name);
  });

  it.each([
    // a lower-case possessor, a possessive pronoun, no possessive at all
    ["the ministry's spokeswoman"],
    ['her lawyer'],
    ['The Vell Ministry spokeswoman'],
    // a bare apostrophe after no s closes a quotation, no possessive
    ['The Vell Motor’ chief'],
    ["the workers' union"],
  ])('%s: none', (text) => {
    expect(PROPER_POSSESSOR.exec(text)).toBeNull();
  });
});

describe('speakers: a possessor ending in s speaks for its body or names its person', () => {
  const who = (text: string): [string | null, string][] => analyze({ id: 't', text }).quotes.map((q) => [q.speaker, q.speakerKind]);
  it.each<[string, [string | null, string][]]>([
    ["Tallo Motors' chief executive said the slump would end soon.", [["Tallo Motors' chief executive", 'person']]],
    ['Tallo Motors said sales fell. Tallo Motors’ spokesman said the slump would end.', [['Tallo Motors', 'organization'], ['Tallo Motors', 'organization']]],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
