// The heads a description refers back to someone by (lexicon/reference-heads.ts): lower-case, and the epithets are
// person nouns (lexicon/roles.ts), so a mention headed by one is a person before it is an epithet.
import { describe, expect, it } from 'vitest';
import { EPITHET_HEADS, PROTAGONIST_HEADS, RELATIONAL_ROLES, ROLE_SYNONYMS, STANDING_HEADS } from '../../src/lexicon/reference-heads.js';
import { PERSON_ROLES } from '../../src/lexicon/roles.js';

describe('lexicon: reference heads', () => {
  it.each([
    ['RELATIONAL_ROLES', [...RELATIONAL_ROLES]], ['PROTAGONIST_HEADS', [...PROTAGONIST_HEADS]], ['EPITHET_HEADS', [...EPITHET_HEADS]],
    ['STANDING_HEADS', [...STANDING_HEADS]], ['ROLE_SYNONYMS', [...ROLE_SYNONYMS.keys(), ...[...ROLE_SYNONYMS.values()].flat()]],
  ])('%s: lower-case words', (_, words) => {
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });

  it.each([...EPITHET_HEADS])('the epithet %s is a person noun', (w) => {
    expect(PERSON_ROLES.has(w)).toBe(true);
  });

  // an office is no epithet: "the mayor" after a resident is named is someone else
  it.each(['mayor', 'senator', 'minister'])('leaves the office %s out of the epithets', (w) => {
    expect(EPITHET_HEADS.has(w)).toBe(false);
  });
});
