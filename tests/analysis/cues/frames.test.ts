import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "billed as": presenting something as something (Levin's dub verbs, like "dub", "tout", "hail ... as"), a cue only
// with "as" and a description after it (frames.ts BILLED_AS); elsewhere "billed" is charging money.
describe('cues: "billed as" frames a description', () => {
  it.each([
    ['The regatta was billed as the largest on the coast.', ['was billed as']],
    ['Promoters billed the bout as a grudge match.', ['billed']],
    ['The merger, which was billed as a rescue, cost 400 jobs.', ['was billed as']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // charging money: no "as", or "as" with an amount or a set phrase
    ['The contractor billed the school for the new roof.'],
    ['Tenants were billed as usual in April.'],
    ['Some drivers were billed as much as $90 for the tow.'],
    ['Residents were billed as part of the water levy.'],
    // the noun and the other forms
    ['The bill passed as expected.'],
    ['Billing errors left the utility with a fine.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
