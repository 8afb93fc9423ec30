import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: going on, a bare laugh, a hyphened channel noun before a participle', () => {
  it.each([
    // "pressed on": going on, nobody pressed
    ['Even as the dockers walked out, the board pressed on, arguing that the pier was safe.', ['arguing']],
    ['The firm pressed on with the sale despite protests.', []],
    // a laugh with nothing said in it
    ['The senator laughed when the host turned to the toll.', []],
    ['Ida Holm laughed and waved to the crowd.', []],
    // the participle after a channel noun with a hyphen is the channel's, the verb before it is the cue
    ['Ada Kim warned in an op-ed published Monday that the tax would backfire.', ['warned in an op-ed']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The mayor was pressed on whether she closed the pier.', ['was pressed on']],
    ['The union pressed for a pay rise.', ['pressed for']],
    ['"Not a chance," Ida Holm laughed.', ['laughed']],
    ['Ida Holm wrote in a video posted online that the pier was safe.', ['wrote in a video']],
  ])('keeps the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
