import { describe, expect, it } from 'vitest';
import { namesNoSubject } from '../../../src/analysis/figures/subject-degree.js';

// One adjective read after a figure names nothing counted at the clause's end ("ten feet tall."), and a percentage's
// degree adjective also before the preposition of what it holds for; before a verb or a noun the word is kept.
describe('figures/subject-degree: a lone adjective after a figure', () => {
  it.each([
    ['The mast stood 40 feet tall.', 'tall', false, true],
    ['The dam is 70 percent complete, the agency said.', 'complete', false, true],
    ['The vaccine was 91 percent effective against the strain.', 'effective', true, true],
    ['The grid is 60% renewable.', 'renewable', true, true],
    // before a verb or a noun: the word is what is counted or its modifier
    ['Some 30 local firms signed the pledge.', 'local', false, false],
    ['The vaccine was 91 percent effective against the strain.', 'effective', false, false],
    ['About 12 percent renewable firms joined.', 'renewable', true, false],
    // after the figure's "of" the adjective is used as a noun
    ['The tanker held 900 barrels of crude.', 'crude', false, false],
    ['He ordered three bottles of white.', 'white', false, false],
  ])('%s (%s, degree %s) -> %s', (text, word, degree, expected) => {
    const end = text.indexOf(word) + word.length;
    expect(namesNoSubject(word, text, end, degree)).toBe(expected);
  });
});
