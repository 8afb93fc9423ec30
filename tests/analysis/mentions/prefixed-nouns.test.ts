// A person prefix, a hyphen and a person noun still name a person ("co-worker", "ex-wife", "half-brother"):
// mentions/words.ts isPersonNoun with lexicon/roles PERSON_NOUN_PREFIXES, so "A co-worker of X said" is not X's words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakerOf = (text: string): string | null => analyze({ id: 't', text }).quotes[0]?.speakerMention?.text ?? null;

describe('mentions: hyphen-prefixed person nouns', () => {
  it.each([
    ['An old co-worker of Ida Brenn said the van was parked outside.', 'An old co-worker'],
    ['A half-brother of Ida Brenn said the van was parked outside.', 'A half-brother'],
    ['His ex-wife said the van was parked outside.', 'His ex-wife'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  it.each([
    // a prefix before no person noun, and a hyphenated adjective before the head
    ['Pro-market groups said the tax was too high.', 'Pro-market groups'],
    ['Anti-war protesters said the van was parked outside.', 'Anti-war protesters'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
