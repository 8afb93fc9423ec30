// A promise someone comes with (cues/nouns.ts WITH_PROMISE, quotes/nominal-content.ts): the noun is the cue, its
// infinitive (to the next clause mark) the content, the clause's subject before "with" the source.
import { describe, expect, it } from 'vitest';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { nominalContent } from '../../../src/analysis/quotes/nominal-content.js';

/** The one-sentence text's noun cues read: [cue, content, source words or null] each. */
const read = (text: string): [string, string, string | null][] => findNounCues(text, () => false).flatMap((cue) => {
  const c = nominalContent(text, cue, 0, text.length);
  return c === null ? [] : [[cue.text, text.slice(c.start, c.end), c.source === null ? null : text.slice(c.source.start, c.source.end)] as [string, string, string | null]];
});

describe('a promise, pledge or vow someone comes with', () => {
  it.each([
    ['She returned with a promise to reopen talks.', ['promise', 'to reopen talks', 'She returned']],
    ['Dock workers ended the strike with a vow to fight the cuts in court.', ['vow', 'to fight the cuts in court', 'Dock workers ended the strike']],
    ["The council won over holdouts with pledges to review the harbour's cost to shippers next year.",
      ['pledges', "to review the harbour's cost to shippers next year", 'The council won over holdouts']],
    ['Ivo Lund courted growers with a firm promise to raise prices, and they cheered.', ['promise', 'to raise prices', 'Ivo Lund courted growers']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    // whom it was made to, not what was promised
    ['The club came back with a promise to the fans.'],
    // no promise: threats, calls and offers stay out
    ['The storm came with a threat to crops.'],
    ['The speech ended with a call to action.'],
    ['She returned with an offer to buy the mill.'],
  ])('leaves alone: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
