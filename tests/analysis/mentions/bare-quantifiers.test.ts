// A bare quantifier ("some", "others", "many") is a group only as the subject of a verb: before a verb cue whose word
// is also a noun ("Some hope ...") too, and it takes no modifier before it ("I am confident some ..." is no group
// "confident some").
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';

const groups = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text }))))
  .mentions.filter((m) => m.kind === 'group').map((m) => m.text);

describe('mentions: a bare quantifier as a group', () => {
  it.each([
    // before a verb cue that is also a noun
    ['Some hope the strike will end soon.', ['Some']],
    ['Others hope the mill will reopen.', ['Others']],
    // no modifier before it: the group is the quantifier alone
    ['Ada Kim is confident some will object to the fee.', ['some']],
    ['Tarn Radio and Ivo Berg both reported the fire was out.', ['both']],
  ])('%s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });

  it.each([
    // a noun after the quantifier that no cue reads as a verb: no group
    ['There is some hope in the valley this spring.', []],
    ['Some 300 workers walked out on Monday.', ['Some 300 workers']],
  ])('leaves alone: %s', (text, expected) => {
    expect(groups(text)).toEqual(expected);
  });
});
