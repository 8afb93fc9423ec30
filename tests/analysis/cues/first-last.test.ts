import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: "first" and "last" after a subject are adverbs of the verb', () => {
  it.each([
    ['Police first said the man was armed.', ['first said']],
    ['The council first claimed to have balanced the budget.', ['first claimed']],
    ['Ida Lind first told the paper that she would quit.', ['first told']],
    ['She last spoke to reporters about the levy in May.', ['spoke']],
    ['He was first reported missing.', ['was first reported']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // after a determiner, a possessive or a preposition they belong to a noun; a noun-like form after them is that noun
    ['The first reported case was in May.', []],
    ['In its first report the board said rents rose.', ['said']],
    ['Two weeks ago first reports said it was calm.', ['said']],
    ["The mayor's last statement said little.", ['said']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
