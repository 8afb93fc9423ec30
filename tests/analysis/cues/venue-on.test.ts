import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "on" before a call, a site or a podcast is where the words were said, not a particle of the verb (cues/verb-mediums.ts
// VENUE_ON, read in cues/verb-span.ts cueEnd).
describe('cues: "on" and the call, site or podcast one spoke on', () => {
  it.each([
    ['The finance chief, asked on a call with bankers if the mill would be sold, gave no answer.', ['asked']],
    ['Two drivers posted on a review site that the depot had flooded.', ['posted']],
    ['The board reported on a conference call that sales fell.', ['reported']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the noun does not end its phrase: a topic or a listener after "on"
    ['The mayor called on the site owners to clear the rubble.', ['called on']],
    ['The inspector reported on the site conditions at the dam.', ['reported on']],
    // a verb with an "on" of its own keeps it
    ['Ivo Sarn insisted on a call with every striker before the final.', ['insisted on']],
  ])('keeps "on": %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
