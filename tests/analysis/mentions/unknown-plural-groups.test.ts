// A plural for people that no lexicon knows ("bidders", "commuters") right before a verb cue is that cue's subject:
// a group, named by its head (description-words.ts unknownPlural).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerMention?.text ?? null}`;
};

describe('mentions: a plural the lexicon lacks, before its cue, is a group', () => {
  it.each([
    ['Each of the three bidders said the price was too low.', 'three bidders/Each of the three bidders'],
    ['The rival bidders warned the sale was rushed.', 'rival bidders/The rival bidders'],
    ['Outside the station, commuters said the trains were late.', 'commuters/commuters'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // after another plural it is the subject of an object-gap relative, not a phrase's head
    ['These are the fibs scammers tell the elderly.', 'null/null'],
    // no person ending: a thing is no group ("stadiums"); a relative's verb is not this head's cue
    ['Economists who study stadiums have long said the deals lose money.', 'Economists/Economists who'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
