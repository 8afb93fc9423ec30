import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Idioms, adjectives, nouns and duties that share a speech verb's form (cues/acts.ts, act-objects.ts).
describe('cues: "all told", "most wanted", a sight from afar, "report to prison", a craft of writing', () => {
  it.each([
    ['All told, the club needs nine points from four games.'],
    ['The agency put the bridge on its most wanted list.'],
    ['The board named it one of its "most wanted" safety goals.'],
    ['Smoke from the fire could be seen from as far as 15 miles away.'],
    ['The glow was visible and could be seen from space.'],
    ['Tobin Greer must report to prison by May 1.'],
    ['The novel won a prize for travel writing in 2019.'],
    ['She holds a degree in creative writing.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['They all told reporters the plan was dead.', ['told']],
    ['What she most wanted was a seat on the board.', ['wanted']],
    ['The move was seen from the start as a betrayal.', ['was seen']],
    ['The clerk reported to police that the safe was open.', ['reported']],
    ['Ida Lee, writing in the Harbour Review, said the pier was unsafe.', ['said']],
    ['In a letter to the council on Monday writing that the pier was unsafe, Lee asked for a delay.', ['writing', 'asked for']],
    ['He replied in kind writing that the plan would fail.', ['replied', 'writing']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
