import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: campaigning for or against a cause is a stance pressed in public', () => {
  it.each([
    ['She has long campaigned for cheaper buses.', ['has long campaigned for']],
    ['Ida Lind campaigns against the new levy.', ['campaigns against']],
    ['The group, which campaigns for cleaner rivers, said the plan was weak.', ['campaigns for', 'said']],
    ['Residents are campaigning hard against the mast.', ['are campaigning']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a candidate, an office, a stretch of time, a place, or the noun
    ['Ana Vos campaigned for Ida Lind in Varn.'],
    ['He is campaigning for the presidency.'],
    ['They campaigned for months.'],
    ['She campaigned in the north.'],
    ['Their campaigns for cheaper buses failed.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

describe('cues: singling out someone or something for judgement', () => {
  it.each([
    ['Ida Lind singled out the new toll as cruel.', ['singled out']],
    ['The coach singled out the goalkeeper for praise.', ['singled out']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the adjective, before a hyphenated compound or a noun
    ['Not a single out-of-town voter came.'],
    ['A single outlet sold it.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
