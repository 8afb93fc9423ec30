// A verb whose past is spelt like a noun ("set", "cut", "bid") right after a body's or person's noun, with a particle,
// a determiner or an amount after it, is the clause's verb, not the head of a compound: "The council set up a fund"
// has the council as a description (mentions/description-words.ts pastVerbAfterHead). Invented texts.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import type { Cued } from '../../../src/analysis/state.js';
import { analyze } from '../../../src/analysis/index.js';

const state = (text: string): Cued => ({ doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] });
const found = (text: string): string[] => findMentions(state(text)).mentions.map((m) => `${m.kind}:${m.text}`);
const speakers = (text: string): (string | null)[] => analyze({ id: 't', text }).quotes.map((q) => q.speaker);

describe('mentions: a past verb spelt like a noun after the head', () => {
  it.each([
    ['The council set up a fund for the flooded streets.', 'description:The council'],
    ['Later the company cut its forecast for the year.', 'description:the company'],
    ['On Friday the union hit back at the port owners.', 'description:the union'],
    ['The firm bid $2 billion for the rail line.', 'description:The firm'],
    ['The minister set out her plans for the schools.', 'description:The minister'],
    ['The party split the vote in three wards.', 'description:The party'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    // a compound, the word after it being no determiner, particle or amount
    ['The union bid for the port failed in March.', 'description:The union'],
    ['The party split over tariffs grew wider.', 'description:The party'],
    ['A council cut to bus routes angered riders.', 'description:A council'],
    ['The company cost of borrowing rose again.', 'description:The company'],
  ])('leaves alone: %s', (text, absent) => {
    expect(found(text)).not.toContain(absent);
  });
});

describe('speakers: the subject before such a verb speaks and is what "it" means after it', () => {
  it.each([
    ['The council set up a fund for flood victims. It said the money would be paid by June.', ['the council']],
    ['The company cut its forecast, saying demand had slowed.', ['the company']],
    ['The union hit back, saying the offer was too low.', ['the union']],
    ['The ministry shut down two clinics last year. It said both had failed inspections.', ['the ministry']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
