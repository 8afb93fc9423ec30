import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A quantifier opening its clause ("some", "many", "most" ...) is the subject of a belief form that is also a noun
// ("fear", "worry", "hope", "doubt") when a clause follows with no "that"; after a verb or a preposition the quantifier
// is a determiner and the form its noun ("there is some doubt the plan works").
describe('cues: a quantifier subject and a belief with a bare clause', () => {
  it.each([
    ['Pickers say the rain ruined the crop, and some fear pears will rot.', ['say', 'fear']],
    ['Bakers say rents have doubled, and many worry they will close.', ['say', 'worry']],
    ['Dock hands went on strike. Many fear it will last weeks.', ['fear']],
    ['Some fear prices will double.', ['fear']],
    ['Officials say the dam is safe, but some fear it could fail.', ['say', 'fear']],
    ['Many doubt the new rules can work.', ['doubt']],
  ])('finds the belief: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the quantifier after a verb or a preposition is a determiner: "some doubt" is a noun
    ['There is some doubt the plan will work.', []],
    ['With some hope the rain would stop, farmers waited.', []],
    // no clause after the form
    ['Some fear for their jobs.', []],
  ])('leaves the noun alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
