import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// An object relative with no "that" whose verb is a speech form, right before the sentence's own verb
// (cues/object-relative-verb.ts). Invented texts.
describe('cues: the verb of an object relative with no "that" before the sentence verb', () => {
  it.each([
    ['The tweets the senator posted were deleted.', []],
    ['The plan the mayor backed on Monday has stalled.', []],
    ['The letter she wrote was read aloud at the funeral.', []],
    ['Some photos the club published last week were taken down.', []],
  ])('reads no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a verb of saying or belief may raise the subject of a reported clause
    ['The driver police say was speeding has been charged.', ['say']],
    ['The firm he believes is to blame has gone quiet.', ['believes']],
    // the form's own object or clause after it
    ['The mayor posted the letter on Monday.', ['posted']],
    ['The mayor wrote the rules were unfair.', ['wrote']],
    ['The union tweeted that the strike was off.', ['tweeted']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
