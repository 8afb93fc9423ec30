import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// cues/verb-span.ts cueEnd: "to know" before a question word is the cue's ("demanded to know who"), and "in a
// tweet" after a verb is not (CHANNEL in verb-mediums.ts), as annotated news marks both.
describe('cues: "to know" before a question, and "in a tweet"', () => {
  it.each([
    ['Two councillors demanded to know who had signed the lease.', ['demanded to know']],
    ['The tenants want to know when the boiler will be fixed.', ['want to know']],
    ['“The pitch is a swamp,” Ivo Sarn wrote in a tweet from the team bus.', ['wrote']],
    ['The coach wrote in a tweet that the squad was tired.', ['wrote']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // "to know" with no question after it belongs to the content; other channels stay in the cue
    ['Two councillors demanded to know the terms of the lease.', ['demanded']],
    ['“The pitch is a swamp,” Ivo Sarn said in a brief statement.', ['said in a brief statement']],
    ['The coach wrote in an email that the squad was tired.', ['wrote in an email']],
  ])('leaves alone %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
