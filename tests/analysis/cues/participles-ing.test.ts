import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

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
