import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';

const verbCues = (text: string): string[] =>
  findCues(findQuoteMarks(segment({ id: 't', text }))).cues.filter((c) => c.kind === 'verb').map((c) => c.text);

describe('cues: an -ing form that is also a noun, read as a verb by its object', () => {
  it.each([
    ['The vote split, with Norland backing the rebels and Ostria the crown.', ['backing']],
    ['The count ended late, showing the mayor ahead in every ward.', ['showing']],
    ['The builder courted the council while lobbying for a waiver.', ['lobbying for']],
    ['The builder courted the council while lobbying the ministry.', ['lobbying']],
    ['Ana Ruiz won a seat after talking up the plan.', ['talking up']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the noun, with a determiner (and perhaps an adjective) before it
    ['After a strong showing the party went home.'],
    ['The backing of the union came late.'],
    ['With backing from the union, she ran.'],
    ['His lobbying was well known.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
