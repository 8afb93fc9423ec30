import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A manner adverb in -ly, then "about" or "of", after a verb that takes "about" or "of" as its own particle, is read
// into the cue (cues/verb-span.ts), as annotated news marks it; the content starts after the preposition. Invented texts.
describe('cues: a manner adverb before the particle', () => {
  it.each([
    ['She spoke candidly about her illness.', ['spoke candidly about']],
    ['The coach talked openly about his future.', ['talked openly about']],
    ['Ms. Renn now talks openly of her years in the army.', ['now talks openly of']],
  ])('reads it into the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a verb with no "about"/"of" of its own
    ['The author wrote movingly of her childhood.', ['wrote']],
    // the adverb ends the clause
    ['The coach spoke briefly. About the match he said little.', ['spoke briefly', 'said']],
  ])('leaves it out: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
