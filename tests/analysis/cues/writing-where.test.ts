import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: "writing in/on <where>," is where the words appeared, not what was written', () => {
  it.each([
    ['Writing in the Daily Lantern, critic Ola Berg called the film dull.', ['called']],
    ['Writing on her blog, Mara Lind said the plan was dead.', ['said']],
    ['Ida Lee, writing in the Harbour Review, argued that fares were too high.', ['argued']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a finite "wrote" with its clause, and a participle whose "on" phrase runs into a that-clause
    ['She wrote on Twitter that the plan was dead, and left.', ['wrote']],
    ['He quit, writing on his blog that the plan was dead.', ['writing']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
