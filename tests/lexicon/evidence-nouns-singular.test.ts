// A singular filing is evidence too ("..., the filing shows."), as "filings show" and "a report shows" are.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';

const cues = (text: string): string[] => findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => c.text);

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
