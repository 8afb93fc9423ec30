import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "concede" with a race named by its modifiers (cues/act-objects.ts CONCEDED_RACE): a loss accepted, no admission.
describe('cues: a race conceded, named with its modifiers', () => {
  it.each([
    ["The mayor conceded the party's council primary to a retired nurse on Tuesday."],
    ['Ostrova concedes mayoral race after long count'],
    ['Tamsin Orr conceded the Harbour Ward seat shortly after the count.'],
    ['Late on Sunday the senator conceded his state Senate runoff, ending a 20-year career.'],
    ['Kell Barto, who led early, conceded the county commission race.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // a clause whose subject is the race, or a that-clause: an admission
    ['The mayor conceded the council primary was lost by his own campaign.', ['conceded']],
    ['Ida Marr conceded the race for the nomination was over.', ['conceded']],
    ['He conceded that the ward seat had been out of reach.', ['conceded']],
    // a race that is only a modifier of what was conceded
    ["She conceded the primary electorate had moved away from her.", ['conceded']],
    ['The candidate conceded the point about turnout.', ['conceded']],
  ])('keeps the admission: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
