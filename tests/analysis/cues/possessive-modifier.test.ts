import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// after a possessive a speech form modifies a noun, unless a past form of a name in "'s" goes on as a verb
// (cues/possessive-modifier.ts). Invented texts.
describe('cues: a speech form after a possessive', () => {
  it.each([
    ['The judge’s alleged error was corrected on appeal.', []],
    ["The coach's promised reforms never came.", []],
  ])('reads no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a firm named for its founder, its past verb with a clause or a date after it
    ["Hallett's warned that prices would rise.", ['warned']],
    ["Berrow's said on Monday it would close two shops.", ['said']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
