// Two bodies, or a body and a person, joined by "and" as one subject speak together, as a pair named by both
// (quotes/speaker-body-pairs.ts), with or without the "both" of "both ... and" (quotes/speaker-pairs.ts, and
// mentions/descriptions.ts: "Both" before a determiner is no group of its own). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerKind ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('quotes/speaker: two bodies joined by "and" speak as their pair', () => {
  it.each([
    ['The ministry and the college said the new fees would apply from March.',
      'the ministry and the college/group/The ministry and the college'],
    ['Both the ministry and the college said the new fees would apply from March.',
      'the ministry and the college/group/the ministry and the college'],
    ['Orlen Foods and Birch Ltd said the merger would close in May.', 'Orlen Foods and Birch Ltd/group/Orlen Foods and Birch Ltd'],
    ['The merger will close in May, Orlen Foods and Birch Ltd said.', 'Orlen Foods and Birch Ltd/group/Orlen Foods and Birch Ltd'],
    ['Ana Ruiz and the Velm Trust said the suit had been settled.', 'Ana Ruiz and Velm Trust/group/Ana Ruiz and the Velm Trust'],
    // two people with the "both" of "both ... and" too
    ['Both Ana Ruiz and Tom Fenn said the bridge was safe.', 'Ana Ruiz and Tom Fenn/group/Ana Ruiz and Tom Fenn'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // the pair as an object of a verb or a preposition: the subject after the comma speaks
    ['The regulator fined Orlen Foods and Birch Ltd, the minister said.', 'null/unknown/the minister'],
    ['Talks between the union and the company stalled, the mayor said.', 'null/unknown/the mayor'],
    // the first as the object of the subject's verb, the second the cue's subject: no pair
    ['The regulator fined Orlen Foods and Birch Ltd said the fine was unfair.', 'Birch Ltd/organization/Birch Ltd'],
    // classes of people stay a kind of source each
    ['Police and firefighters said the road would reopen.', 'firefighters/group/firefighters'],
    // "Both" alone before the verb is still the group named before it
    ['Ana Ruiz and Tom Fenn met. Both said the bridge was safe.', 'Both/group/Both'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
