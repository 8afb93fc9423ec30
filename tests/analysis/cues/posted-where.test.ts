import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

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

  // the quote before the subject is what was posted ("“Q,” X posted on Y.")
  it.each([
    ['"See you in court," Ana Roe posted on X.', ['posted']],
    ['"Polls close at eight," the county clerk posted on Facebook on Tuesday.', ['posted']],
    ['"We are not going anywhere!" the tenants\' union posted to its page.', ['posted']],
  ])('speech when a quote closes before its subject: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a coordinated verb after someone's quoted words, a quote in an earlier sentence, a quote inside the subject
    ['She called the plan "a farce," and later posted on Instagram after the game.', ['called']],
    ['The crowd chanted "Four more years," then posted on TikTok all night.', ['chanted']],
    ['"We lost." Ada Rusk posted on Instagram after the game.', []],
    ['The "Save the Pier" group posted on Facebook after the meeting.', []],
  ])('a deed though a quote stands before: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
