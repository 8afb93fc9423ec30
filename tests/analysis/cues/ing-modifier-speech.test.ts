// An -ing form before a bare plural noun and a finite verb of saying, telling or testifying is that noun's
// modifier, not a cue (cues/participles.ts ING_MODIFIER): "county planning officers testified" reports through
// "testified", with the officers as subject. Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

const cues = allCues;

describe('cues: an -ing modifier before a plural subject and its verb of saying', () => {
  it.each<[string, string[]]>([
    ['Two county planning inspectors testified the site was safe.', ['testified']],
    ['Town planning officials warned the scheme would flood the valley.', ['warned']],
    ['Three county planning officers told the inquiry the site was unsafe.', ['told']],
    // (already so before a verb of saying or showing)
    ['Some polling experts argued the sample was too small.', ['argued']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // an -ing form with a determiner-led object is a verb of its own clause
    ['Officials planning the summit said security would be tight.', ['planning', 'said']],
    // a singular noun after the form: no plural subject for the verb
    ['The union is planning a strike, its leader warned.', ['is planning', 'warned']],
  ])('leaves alone: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
