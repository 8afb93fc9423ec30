// A passive "pushed back", or one with a day or the schedule after "on", is a postponement, no cue; an active one on a claim or a plan is a stance in words
// (cues/postponed-passive.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a "pushed back" of delay', () => {
  it.each<[string, string[]]>([
    ["The hearing was pushed back on the judge's orders.", []],
    ['The opening was pushed back on March 3 after the inspection.', []],
    ["The vote has been pushed back again against the board's objections.", []],
    // a day, "account of" or the schedule after "on", in any voice
    ['The regatta was pushed back on Saturday because of the fog.', []],
    ['The opening was pushed back on account of the snow.', []],
    ['The regatta, pushed back on account of the fog, started at noon.', []],
  ])('no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Growers pushed back on the tariff.', ['pushed back on']],
    ['Hospital managers are pushing back hard against the new staffing rules.', ['are pushing back hard against']],
    ['The council has pushed for a recount.', ['has pushed for']],
  ])('keeps the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
