// Verbs of causing a feeling (lexicon/caused-feelings.ts): a cue only active, with a noun phrase after it
// (cues/caused-feeling-frame.ts); after "be", "feel" or "seem", or before a preposition or a clause, the participle is the feeler's adjective.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a feeling caused in someone', () => {
  it.each([
    ['The new toll has angered commuters.', ['has angered']],
    ['The verdict did not surprise the family.', ['did not surprise']],
    ['Slow repairs are frustrating tenants on the estate.', ['are frustrating']],
    ['The cuts dismayed local traders.', ['dismayed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the feeler's adjective: after a linking verb, or before "by", "at" or "that" (the adjective pass and the verbs
    // of seeming read these)
    ['Tenants felt frustrated on the estate.', []],
    ['The new coach seemed impressed with the squad.', ['seemed']],
    ['Commuters are angered by the new toll.', ['are angered by']],
    ['The dismayed traders closed early.', []],
    // a verb of a result in sport is no feeling: left out of the list
    ['Rovers stunned the leaders 2-1 on Saturday.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
