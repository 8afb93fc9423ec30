import { describe, expect, it } from 'vitest';
import { PRONOUN_THAT_OBJECT, thatOpensClause } from '../../../src/analysis/quotes/that-object.js';

// "that" after a cue opens a reported clause unless it is a demonstrative with its noun, the clause's own subject, or
// the pronoun object before closing adverbials.
describe('quotes/that-object: whether "that" opens a reported clause', () => {
  it.each([
    ['that the ferry would run on time.', true],
    ['that had he known, he would have stayed.', true],
    ['that earlier, the board had met.', true],
    ['that argument.', false],
    ['that is not enough.', false],
    ['that has been the plan all along.', false],
    ['that before, and nobody listened.', false],
  ])('%s -> %s', (fromThat, expected) => {
    expect(thatOpensClause(fromThat)).toBe(expected);
  });

  it.each([
    [' that again and again.', 'that'],
    [' this publicly on Friday, to applause.', 'this'],
    [' that the mill would close.', null],
  ])('pronoun object: %s', (after, expected) => {
    expect(PRONOUN_THAT_OBJECT.exec(after)?.[1] ?? null).toBe(expected);
  });
});
