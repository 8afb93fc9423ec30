// The role a title before a name gives the person (mentions/title-role.ts): the title's words, less places, demonyms,
// "the" and courtesy titles; abbreviations written out. Invented names.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';
import { titleRole } from '../../../src/analysis/mentions/title-role.js';

/** The role of the title that runs from the first word to the word at `head`. */
const role = (text: string, head: number): string | null => titleRole(tokenize(text), 0, head);

describe('mentions: the role a title gives', () => {
  it.each<[string, number, string]>([
    ['Health Minister Jane Roe', 1, 'health minister'],
    ['Former U.S. Sen. Ola Berg', 2, 'former senator'],
    ['Minister of Transport Ola Berg', 2, 'minister of transport'],
    ['Norland Prime Minister Ola Berg', 2, 'prime minister'],
    ['the Tarnby police chief Ola Berg', 3, 'police chief'],
  ])('%s', (text, head, expected) => {
    expect(role(text, head)).toBe(expected);
  });

  it.each<[string, number]>([
    // a courtesy title alone is no role
    ['Mrs. Ola Berg', 0],
    ['Dr. Ola Berg', 0],
  ])('leaves alone: %s', (text, head) => {
    expect(role(text, head)).toBeNull();
  });
});
