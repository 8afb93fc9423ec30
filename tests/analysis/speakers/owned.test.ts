// A campaign named after its owner (speakers/owned.ts): a person's goes by the surname, a body's by its whole name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import type { Mention } from '../../../src/types.js';
import { personOwnerWords } from '../../../src/analysis/speakers/owned.js';
import { ITS } from '../../../src/analysis/speakers/its-owner.js';

const speakers = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerKind}`);

describe('speakers: an organisation named after its owner', () => {
  it.each([
    ["The Meltor Party's campaign believes the vote will be close.", ['Meltor Party campaign/organization']],
    ["The Velm Group's campaign said the ads would run in May.", ['Velm Group campaign/organization']],
    // a person's campaign: the surname, one entity for both forms
    ["Ada Renn's campaign believes the count was fair. The Renn campaign said it would not appeal.",
      ['Renn campaign/organization', 'Renn campaign/organization']],
    // a country's cabinet, delegation or embassy (not the country read as a person)
    ["Ostria's delegation said the talks had stalled.", ['Ostria delegation/organization']],
    ["Norland's cabinet said the mine would close.", ['Norland cabinet/organization']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // a title's office after a place's name is the title's body, not the place's
    ["The Velm County sheriff's office said the road was closed.", ["the Velm County sheriff's office/organization"]],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('speakers/owned: personOwnerWords (the owner opening one person\'s description)', () => {
  const mention = (text: string, head: string, gender: Mention['gender']): Mention =>
    ({ start: 0, end: text.length, text, kind: 'description', entity: null, role: null, gender, head });
  it.each([
    ['its coach', 'coach', 'male', 'its '],
    ['Its chief executive', 'executive', null, 'Its '],
  ] as const)('%s', (text, head, gender, words) => {
    expect(personOwnerWords(mention(text, head, gender), ITS)?.[0]).toBe(words);
  });
  it.each([
    // a body's or a group's description, and a spokesperson (the body's own words: spokespeople.ts)
    ['its board', 'board', 'neuter'],
    ['its players', 'players', 'plural'],
    ['its spokeswoman', 'spokeswoman', 'female'],
    // no owner's words opening it
    ['the coach', 'coach', 'male'],
  ] as const)('leaves alone: %s', (text, head, gender) => {
    expect(personOwnerWords(mention(text, head, gender), ITS)).toBeNull();
  });
});
