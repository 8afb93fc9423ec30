// speakers/preposition-object.ts: the text right before a mention that makes it a preposition's object, read by the
// speakers stage and the quote rules alike. Invented texts.
import { describe, expect, it } from 'vitest';
import { PREPOSITION_OBJECT_BEFORE } from '../../../src/analysis/speakers/preposition-object.js';

// PREPOSITION_OBJECT_BEFORE reads the text before a mention: right after a preposition, the mention is its object, not a cue's subject
describe('speakers/preposition-object: a mention right after a preposition', () => {
  it.each([
    'The chef, a friend of ',
    'The keeper, a winner of the ',
    // past a count too: "a veteran of two Grand Slams", "a coach with 30 Olympic medals"
    'The umpire, a veteran of two ',
    'The coach, a man with 30 ',
    // a list of people opening after one is no subject ("a letter to Ada Kim, Tom Fenn and ...")
    'The club sent a letter to ',
    'Fans in ',
  ])('is an object: "%s"', (before) => {
    expect(PREPOSITION_OBJECT_BEFORE.test(before)).toBe(true);
  });

  it.each([
    // a count opening the subject itself, with no preposition: the group speaks ("Two Tarn Rovers fans said")
    'Two ',
    'On Monday, three ',
    'The umpire said ',
    // a word that only ends like a preposition
    'The veto ',
  ])('is no object: "%s"', (before) => {
    expect(PREPOSITION_OBJECT_BEFORE.test(before)).toBe(false);
  });
});
