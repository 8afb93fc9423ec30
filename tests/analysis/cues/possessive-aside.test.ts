// A possessive right before a speech form makes the form its noun's modifier ("the judge's alleged error"), but not
// across a comma: there the possessive closes an aside ("a friend of Lind's,") and the form after it is the verb
// (cues/verb-gates.ts ruledOut). Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a speech verb after an aside that ends in a possessive', () => {
  it.each([
    ['Ivo Berg, a friend of Lind’s, said the vote was rigged.', ['said']],
    ["The treasurer, an old rival of the mayor's, claimed the books were fine.", ['claimed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // right after the possessive the form modifies a noun
    ['The judge’s alleged error cost the firm a retrial.'],
    ["The mayor's stated aim is a cleaner harbour."],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
