// The role a title before a name gives the person (mentions/title-role.ts): the title's words, less places, demonyms,
// "the" and courtesy titles; abbreviations written out. Invented names.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';
import { titleRole } from '../../../src/analysis/mentions/title-role.js';
import { roleOf } from './mentions-of.js';

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

describe('mentions: titles and roles', () => {
  it.each([
    ['Foreign Minister Tomasz Wrenski said so.', 'Foreign Minister Tomasz Wrenski', 'foreign minister'],
    ['On Monday Sen. Mara Quill said so.', 'Sen. Mara Quill', 'senator'],
    ['Colonel Ivo Brandt said so.', 'Colonel Ivo Brandt', 'colonel'],
    ['The U.K. Trade Secretary Alma Fenwick said so.', 'U.K. Trade Secretary Alma Fenwick', 'trade secretary'],
    ['Deputy Secretary of Energy Rob Tallis said so.', 'Deputy Secretary of Energy Rob Tallis', 'deputy secretary of energy'],
    ['The ministry’s security chief General Ada Korhonen said so.', 'The ministry’s security chief General Ada Korhonen', 'security chief'],
    ['Republican pollster Dana Whitlock said so.', 'Republican pollster Dana Whitlock', 'pollster'],
    ['Later Crown Prince Faisal bin Khalid al-Nahyan said so.', 'Crown Prince Faisal bin Khalid al-Nahyan', 'crown prince'],
    ['CEO Jean-Luc Marchetti said so.', 'CEO Jean-Luc Marchetti', 'ceo'],
    // members of parliaments, in capitals before the name: a role, not part of the name
    ['Later MP Tamsin Okoro said so.', 'MP Tamsin Okoro', 'mp'],
    ['Conservative MP Ivo Brandt said so.', 'Conservative MP Ivo Brandt', 'mp'],
    ['Later MEP Ivo Brandt said so.', 'MEP Ivo Brandt', 'mep'],
    // stage of life and trade words before a name are roles, not part of it
    ['Retiree Mara Quill said so.', 'Retiree Mara Quill', 'retiree'],
    ['Later forecaster Ivo Brandt said so.', 'forecaster Ivo Brandt', 'forecaster'],
    ['Former Maine Gov. Ed Harlan said so.', 'Former Maine Gov. Ed Harlan', 'former governor'],
    // UK abbreviated titles, no period
    ['Later Cllr Mary Oakes said so.', 'Cllr Mary Oakes', 'councillor'],
    ['Later DCI Claire Onyango said so.', 'DCI Claire Onyango', 'detective chief inspector'],
  ])('%s', (text, mention, role) => {
    expect(roleOf(text, mention)).toBe(role);
  });


  it.each([
    ['Mr. Okafor said so.', 'Mr. Okafor'],
    ['Dr. Lise Varga said so.', 'Dr. Lise Varga'],
    ['Madam Lise Varga said so.', 'Madam Lise Varga'],
  ])('courtesy titles give no role: %s', (text, mention) => {
    expect(roleOf(text, mention)).toBeNull();
  });
});
