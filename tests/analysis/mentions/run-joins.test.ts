// Where a run of names goes on (mentions/run-joins.ts): plural nouns, gerunds and "and" inside an organisation's
// name, up to its organisation word. Invented texts.
import { describe, expect, it } from 'vitest';
import { found } from './mentions-of.js';

describe('mentions: a plural noun in an organisation name', () => {
  it.each([
    // a headline's verb before the plural is no word of the name
    ['Officials Say Nurses Union Is Right', 'organization:Nurses Union'],
  ])('%s', (text, org) => {
    expect(found(text)).toContain(org);
  });
});

describe('mentions: a gerund inside an institution name', () => {
  const first = (text: string): string | undefined => found(text)[0];
  it.each([
    ['Figures from the Office for Fair Pricing show a rise.', 'organization:Office for Fair Pricing'],
    ['Later the Agency for Rural Housing said no.', 'organization:Agency for Rural Housing'],
    // a headline verb after the name still ends it
    ['The Ministry of Energy Says Prices Rose', 'organization:Ministry of Energy'],
    ['The Office for Tourism Plans Cuts', 'organization:Office for Tourism'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});

describe('mentions: "and" inside an institution name', () => {
  it.each([
    ['Later the Soil and Seed Administration said no.', ['organization:Soil and Seed Administration']],
    ['Later the Canals and Harbors Commission said no.', ['organization:Canals and Harbors Commission']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // two people, and two bodies each complete with its own organisation word
    ['Later Ann and Bo Lind left.', ['name:Ann', 'name:Bo Lind']],
    ['Later Tarvo News and Ostria News said no.', ['organization:Tarvo News', 'organization:Ostria News']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
