// speakers/its-owner.ts: "its chief" is a person of their own, named after the body "it" means.
// Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { who } from './resolve-text.js';

describe('speakers/its-owner: a person owned by "its"', () => {
  it.each([
    ['The hospital trust opened a ward. Waiting times would fall, its chief said.', 'its chief', "the hospital trust's chief"],
    // a name ending in s takes the apostrophe alone
    ['Brenmoor Buses cut two routes. Fares would rise, its chief executive said.', 'its chief executive', "Brenmoor Buses' chief executive"],
    // the same description twice is one person
    ['Tallo Bank cut rates. Its lawyer appealed. Its lawyer said the fine was unfair.', 'Its lawyer', "Tallo Bank's lawyer"],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // no organisation before it
    ['Ada Roe lost the final. The result was fair, its referee said.', 'its referee'],
    // a spokesperson is left to spokespeople.ts (the body itself, not a person named after it)
    ['The hospital trust opened a ward. Waiting times would fall, its spokeswoman said.', 'its spokeswoman'],
  ])('leaves alone: %s', (text, mention) => {
    expect(who(text, mention) ?? '').not.toMatch(/'s? /);
  });
});

describe('speakers/its-owner: the holder of the role named before comes first', () => {
  it.each([
    ['The club appointed coach Tomas Berg in May. On Monday its coach said the squad was tired.', 'its coach', 'Tomas Berg'],
    ['Chief executive Ana Ruiz runs Tallo Motors. Sales would fall, its chief executive said.', 'its chief executive', 'Ana Ruiz'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});
