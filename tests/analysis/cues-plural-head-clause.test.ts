// A bare final-attribution form after a plural head and its short prepositional phrase, with a clause after it, is
// the head's verb (cues/plural-head-clause.ts): "Economists at the bank estimate growth will slow". Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from './verb-cues.js';

const cues = allCues;

describe('cues: a plural head, its prepositional phrase, a bare form and a clause', () => {
  it.each<[string, string[]]>([
    ['Economists at the bank estimate growth will slow.', ['estimate']],
    ['Analysts at the brokerage Hollin Partners forecast the merger will save 40 million dollars a year.', ['forecast']],
    ['Residents of the valley fear the dam could burst.', ['fear']],
    ['Critics of the toll claim it would cost jobs.', ['claim']],
    ['Workers at the mill report their hours have been cut.', ['report']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the form as a noun: its own verb follows, or no clause does
    ['The results of the bank estimate were published on Monday.', ['were published']],
    ['Prices in the official estimate are too low.', []],
    ['Readers of the monthly report say the magazine has improved.', ['say']],
    ['Fans of the weekly report will be disappointed.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
