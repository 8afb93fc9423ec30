// lexicon/time-words.ts TIME_ADJUNCT_NEXT: the words that open a time adjunct right after a noun-like form, as the cue
// rules read them (cues/plural-head-clause.ts, cues/evidence-head-phrase.ts). Invented phrases.
import { describe, expect, it } from 'vitest';
import { TIME_ADJUNCT_NEXT } from '../../src/lexicon/time-words.js';

describe('lexicon/time-words: TIME_ADJUNCT_NEXT', () => {
  it.each([' this season was', ' last spring had', ' on Sunday was', ' earlier drew', ' each year is', ' today was'])('opens a time: "%s"', (after) => {
    expect(TIME_ADJUNCT_NEXT.test(after)).toBe(true);
  });
  // a clause's subject after the form, or a word that only begins like one of them
  it.each([' the league will', ' lasting damage was', ' these results were', ' online sales fell'])('leaves alone: "%s"', (after) => {
    expect(TIME_ADJUNCT_NEXT.test(after)).toBe(false);
  });
});
