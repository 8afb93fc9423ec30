import { describe, expect, it } from 'vitest';
import { verbCues } from './verb-cues.js';

describe('cues: a noun-like form after "the" and a name', () => {
  it.each([
    // the name is the subject: the form has an object or a clause after it
    ['In March the Kremlin claims the vote was fair.', ['claims']],
    ['Now the Council fears a strike.', ['fears']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the phrase ends at the form: it is the name's noun
    ['Under the Lind plan, the fee rises.'],
    ['Nobody forgot the Harbor attacks.'],
    ['The Dunmore proposal, like the Ostria plan, was dropped.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
