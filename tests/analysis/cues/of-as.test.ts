import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a noun-like form after "of", a bare participle after "as"', () => {
  it.each([
    // after "of" the form is the noun; "as <participle>" alone is the writer's aside
    ['"We will win," said former secretary of state Ann Lee.', ['said']],
    ['If taken as intended, the pills help.', []],
    ['As expected, rents rose.', []],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a gerund after "of" and a participle with its agent after "as" stay
    ['She spoke of reporting the leak.', ['spoke of', 'reporting']],
    ['Ida Lind, as she claimed, was right.', ['claimed']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
