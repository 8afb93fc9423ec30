import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a verb in a relative clause whose object is the relative word ("which unions described as")', () => {
  it.each([
    ['The toll, which unions described as a tax on work, starts in May.', ['described as']],
    ['The row began over a mural that Judge Lena van Dijk described as “offensive.”', ['described as']],
    ['He signed what the two critics have described as a gift to donors.', ['have described as']],
    ['The levy that Ida Lind once labeled as unfair was dropped.', ['once labeled as']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // reduced relatives and passives: the participle describes the noun, nobody is its subject
    ['The rules proposed by the board are strict.', []],
    ['She praised that plan described as a giveaway.', ['praised']],
    ['A tax criticized as unfair by shop owners was dropped.', []],
    ['The fee that was described as unfair rose.', ['was described as']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
