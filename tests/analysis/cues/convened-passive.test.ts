// A passive "called" after an event that is convened or ordered is convening, no cue; naming stays a cue
// (cues/convened-passive.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a convened event in the passive', () => {
  it.each<[string, string[]]>([
    ['A snap election was called for June after the coalition split.', []],
    ['The strike was called by the ferry workers for Monday.', []],
    ['The meeting was called to discuss the harbour budget.', []],
    ['A hearing has been called for next Tuesday.', []],
    ['The recount was hastily called after the polls closed.', []],
  ])('no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // naming the event something is a judgement someone voices
    ['The vote was called a sham by the harbour guild.', ['was called']],
    ['The referendum was widely called a mistake.', ['was widely called']],
    // no event before the passive
    ['He was called a liar by the ferry captain.', ['was called']],
    // "called for" with an agent, or closing its clause, is demanded, not convened
    ['The truce was called for by the river councils.', ['was called for']],
    ['A fresh inquiry into the ferry sinking is called for, the guild said.', ['is called for', 'said']],
  ])('keeps the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
