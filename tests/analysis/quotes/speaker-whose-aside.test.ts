import { describe, expect, it } from 'vitest';
import { speakers } from '../speaker-mentions.js';

// "X, whose party more than doubled its share, told ...": the rules may cut the subject phrase inside a possessive
// aside (at "its share"); the aside, opened by "whose" after a comma, names nobody who speaks, so the mention before
// it does. A "whose" clause with the cue inside it ("Tom Fenn, whose lawyer said ...") keeps its own subject.

describe('quotes/speaker-aside: a "whose" aside cut inside', () => {
  it.each([
    ['Vrbica, whose party more than doubled its share, told supporters the result was only a start.', 'Vrbica'],
    ['Ilse Dorn, whose union almost tripled its membership, said the strike would go ahead.', 'Ilse Dorn'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    ['Tom Fenn, whose lawyer said the case was weak, denied the charge.', 'whose lawyer'],
    ['Lena Ott, whose firm lost its contract, said the tender was rigged.', 'Lena Ott'],
  ])('keeps: %s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });
});
