// A received-criticism cue carries where its verb of receiving starts (Cue.verbStart), which the quote stage
// reads to find the target before it (quotes/nominal-received.ts) instead of matching the verb again.
import { describe, expect, it } from 'vitest';
import { findNominalCues } from '../../../src/analysis/cues/nominal.js';
import { read } from './nominal-read.js';

const verbOf = (text: string): string | null => {
  const cue = findNominalCues(text, () => false)[0];
  return cue?.verbStart === undefined ? null : text.slice(cue.verbStart, cue.start);
};

describe('the verb of receiving goes with the cue', () => {
  it.each([
    ['Mayor Pia Holm came under fierce criticism for the delay.', 'came under '],
    ['The toll plan faced criticism from commuters.', 'faced '],
    ['The new logo faced a barrage of criticism online.', 'faced a barrage of '],
    // other noun cues have no verb of receiving
    ["Ivo Lund's criticism of the levy was sharp.", null],
  ])('%s', (text, verb) => {
    expect(verbOf(text)).toBe(verb);
  });
});

describe('the target before that verb is what the criticism is about', () => {
  it.each([
    ['The toll plan faced criticism from commuters.', ['criticism', 'The toll plan', 'commuters']],
    ['In May, the ferry board came under criticism from pilots.', ['criticism', 'the ferry board', 'pilots']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
