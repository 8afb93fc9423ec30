import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "make clear / plain / known" is saying something outright; the adjective (and "it") are the cue's, as annotated
// news draws it. Only with a clause, an object with its determiner or "to" a listener after it: before a bare noun
// the adjective is the noun's ("made clear gains").
describe('cues: make clear, make it plain, make known', () => {
  it.each([
    ['Ada Kim refused to discuss the bid but made clear she wanted to stay.', ['refused', 'made clear', 'wanted']],
    ['The mayor made clear that the toll would stay.', ['made clear']],
    ['Ivo Berg made it clear to voters that he would run.', ['made it clear']],
    ['Ada Kim made known her wish to retire.', ['made known']],
    ['The audit makes plain the scale of the losses.', ['makes plain']],
    ['The coach is making clear what he expects.', ['is making clear', 'expects']],
  ])('finds the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The firm has made clear gains on the bridge.', []],
    ['The club made the signing official on Friday.', []],
    ['The crew made plain sailing of the final leg.', []],
    ['Rain made the roads unsafe.', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// Mocking in words with "make" and "poke": "made fun of", "poked fun at" (cues/phrasal-frames.ts); the cue keeps the
// idiom's words, what is mocked is the content.
describe('cues: made fun of, poked fun at', () => {
  it.each([
    ['The comedian made fun of the mayor’s new hat.', ['made fun of']],
    ['Rivals have made fun of the tram plan for weeks.', ['have made fun of']],
    ['The senator poked fun at her rival’s campaign bus.', ['poked fun at']],
    ['The coach pokes gentle fun at himself in his new book.', ['pokes gentle fun at']],
  ])('finds the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The fair made fun for all the family.', []],
    ['The trip was made fun by the guides.', []],
    ['The children poked the fire with sticks.', []],
    ['She poked at her food.', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
