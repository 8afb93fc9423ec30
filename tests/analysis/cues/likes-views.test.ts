import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a liking with its infinitive, a view with its object and "as"', () => {
  it.each([
    ['His nephew likes to paint.', ['likes']],
    ['Critics like to say the plan is dead.', ['like']],
    ['The league views Ida Lind as an outsider.', ['views']],
    ['Some view the plan as a betrayal.', ['view']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the preposition, a noun with its complement, a noun before "as" with no object
    ['Cities like Varn grew.', []],
    ['He hid his debts and favors to old friends from the board.', []],
    ['His views on trade as a senator were mild.', []],
    ['The views from the pier as the sun sets are fine.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
