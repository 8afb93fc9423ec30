// Working crews and trades that speak as one group (lexicon/groups.ts): not read as a surname or cut away.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);

describe('mentions: crews and trades as groups', () => {
  it.each([
    ['Crews in Brackmoor have warned that the cut will hurt.', 'group:Crews'],
    ['Later local crews said the cut will hurt.', 'group:local crews'],
    ['Later dockers said pay was too low.', 'group:dockers'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // a crew named by its trade and a capitalised name is still the name's
    ['Later Ola Crewe said the cut will hurt.', ['name:Ola Crewe']],
    // a verb before the number that opens the group is the clause's, not the group's
    ['The Brenna Rowing Panel suspended two crews.', ['organization:Brenna Rowing Panel', 'group:two crews']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions: countries and nations as groups', () => {
  it.each([
    ['Several countries, including Belvaria, said the pact was weak.', 'group:Several countries'],
    ['Later the two nations agreed the border would reopen.', 'group:the two nations'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // the singular is no group, and a country's own name stays a name
    ['Later the country voted and Belvaria said no.', ['name:Belvaria']],
  ])('leaves alone: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
