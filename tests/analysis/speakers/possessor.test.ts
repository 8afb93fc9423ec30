// The capitalised possessor opening a description (speakers/possessor.ts), one pattern for both readers: the name
// without its article, in either case; a possessor word runs to the blank (an apostrophe or digit inside is kept).
import { describe, expect, it } from 'vitest';
import { PROPER_POSSESSOR } from '../../../src/analysis/speakers/possessor.js';

describe('speakers: a capitalised possessor', () => {
  it.each([
    ["Ida Renn's lawyer", 'Ida Renn'],
    ["The Vell Ministry's spokeswoman", 'Vell Ministry'],
    ["the Vell Ministry's spokeswoman", 'Vell Ministry'],
    ["O'Dara's aide", "O'Dara"],
    ['Harbour Board’s chair', 'Harbour Board'],
  ])('%s -> %s', (text, name) => {
    expect(PROPER_POSSESSOR.exec(text)?.[1]).toBe(name);
  });

  it.each([
    // a lower-case possessor, a possessive pronoun, no possessive at all
    ["the ministry's spokeswoman"],
    ['her lawyer'],
    ['The Vell Ministry spokeswoman'],
  ])('%s: none', (text) => {
    expect(PROPER_POSSESSOR.exec(text)).toBeNull();
  });
});
