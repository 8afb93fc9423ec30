import { describe, expect, it } from 'vitest';
import { verbCues } from './verb-cues.js';

// Posting on or to a platform is a deed unless what was posted is reported in the sentence: a clause, a colon or a quote.
describe('cues: posting on a platform', () => {
  it.each([
    ['Ada Rusk posted on Instagram after the game.', []],
    ['The mayor posted to his blog on Sunday.', []],
    ['Ivo Brand posted on social media, calling the ruling a disgrace.', ['calling']],
  ])('a deed: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Ada Rusk posted on her page late on Monday that the vote was rigged.', ['posted']],
    ['The club posted on its website that the coach had left.', ['posted']],
    ['Ivo Brand posted on Fotr: "The vote was rigged."', ['posted on']],
  ])('speech when a clause or quote follows: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
