// The headline test (cues/headline.ts): a capitalised speech form in a Title Case line is the headline's verb.
// Through the cue stage; invented texts.
import { describe, expect, it } from 'vitest';
import { kindedCues } from '../verb-cues.js';

describe('cues: a headline in Title Case', () => {
  it.each([
    // a headline in Title Case
    ['Harbor Mayor Says Bridge Will Open In May', ['verb:Says']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});
