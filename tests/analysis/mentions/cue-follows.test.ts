// mentions/cue-follows.ts cueFollows, called directly on the tokens of invented sentences: a head noun is a cue's
// subject when the cue starts right after it, or after a short place phrase opened right after it; a clause mark in
// that phrase, or a preposition that opens no place, leaves it alone.
import { describe, expect, it } from 'vitest';
import { cueFollows } from '../../../src/analysis/mentions/cue-follows.js';
import { tokenize } from '../../../src/analysis/mentions/tokens.js';

// whether a cue (here: the first `cue` word) follows the token `head`
const follows = (text: string, head: string, cue: string): boolean => {
  const tokens = tokenize(text);
  const at = text.indexOf(` ${cue} `) + 1;
  return cueFollows(tokens, tokens.findIndex((t) => t.text === head), (offset) => offset === at);
};

describe('mentions/cue-follows: a cue after a head noun', () => {
  it.each([
    ['Shop owners said the road works hurt trade.', 'owners', 'said'],
    ['Boat crews in Dunbeg, Co Wexmoor, have warned of storms.', 'crews', 'have'],
    ['Nursing staff at the two clinics say the wards are full.', 'staff', 'say'],
  ])('%s', (text, head, cue) => {
    expect(follows(text, head, cue)).toBe(true);
  });

  it.each([
    // a word between that opens no place phrase
    ['Shop owners angrily said the road works hurt trade.', 'owners', 'said'],
    // a clause mark inside the phrase
    ['Boat crews in Dunbeg. Officials have warned of storms.', 'crews', 'have'],
    // the head is the text's last token
    ['They met the shop owners', 'owners', 'said'],
  ])('leaves alone: %s', (text, head, cue) => {
    expect(follows(text, head, cue)).toBe(false);
  });

  it('looks at most ten tokens into the place phrase', () => {
    const text = 'Crews in one two three four five six seven eight nine ten said so.';
    expect(follows(text, 'Crews', 'said')).toBe(false);
  });
});
