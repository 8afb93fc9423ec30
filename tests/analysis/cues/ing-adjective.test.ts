import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: an -ing form after a degree adverb or "worth", or before a plural noun and its verb, is no cue', () => {
  it.each([
    ['Even more telling, though, was the silence.', []],
    ['It is worth noting that rents rose.', []],
    ['The answer was very revealing.', []],
    ['"We paid the fee," lobbying filings show.', ['show']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['She kept telling reporters that rents rose.', ['kept telling']],
    ['He was very critical, saying the plan was dead.', ['saying']],
    ['Ida Lind, citing records that show a loss, said no.', ['citing', 'show', 'said']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
