import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Adverbs of time, frequency and degree between the auxiliary and the verb belong to the cue, as annotated news draws
// it ("has long argued", "had twice warned", "can no longer deny"), like the -ly adverbs and "often", "always".
describe('cues: frequency and degree adverbs in the cue span', () => {
  it.each([
    ['Ivo Brand has long argued that the toll is unfair.', ['has long argued']],
    ['The council has long maintained that the levy is legal.', ['has long maintained']],
    ['The union has twice warned the board.', ['has twice warned']],
    ['Rivers have sometimes been blamed for bias.', ['have sometimes been blamed for']],
    ['Ola Berg can no longer deny that the pier is unsafe.', ['can no longer deny']],
    ['Few had ever said so in public.', ['had ever said']],
    ['Leaders almost universally condemned the raid.', ['almost universally condemned']],
    ['The two firms together pledged to cut fares.', ['together pledged']],
    // a degree word before an adverb ("more widely", "most often") keeps the auxiliary before it in the cue
    ['Toll roads are more regularly mentioned by the mayor than trams.', ['are more regularly mentioned']],
    ['The levy is more widely seen as a tax on renters.', ['is more widely seen as']],
    ['Ms. Orr has most often argued that the pier should close.', ['has most often argued']],
  ])('takes the adverb in: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a comma closes the adverb off from the cue; "long" as a length, not a time
    ['Before long, Ida Kim said the pier would close.', ['said']],
    ['The talks ran all night long, the mayor said.', ['said']],
    ['Instead, the mayor argued that the toll was fair.', ['argued']],
    // "more" with no adverb after it is a quantity or a subject, not a degree
    ['Many more said they would leave the valley.', ['said']],
    ['Far more growers said the frost had spared them.', ['said']],
  ])('leaves it out: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
