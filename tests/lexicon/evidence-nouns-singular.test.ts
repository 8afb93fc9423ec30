// A singular filing is evidence too ("..., the filing shows."), as "filings show" and "a report shows" are.
import { describe, expect, it } from 'vitest';
import { allCues } from '../analysis/verb-cues.js';

const cues = allCues;

describe('a singular evidence noun before "shows"', () => {
  it.each([
    ['The Norrby Party raised $3 million in May, the filing shows.', ['shows']],
    ['The fund lost $2 million, a filing shows.', ['shows']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // the noun with no verb of showing: a deadline, not evidence
    ['The filing deadline is May 3.'],
  ])('leaves alone: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});
