import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A passive speech verb with no clause, verdict or "as" after it is done to its subject, and so is a bare "get" passive
// (cues/acts-passive.ts).
describe('cues: passives that are deeds done to the subject', () => {
  it.each([
    // admitted to a hospital, a body or on a date: an admission, not a confession
    ['She was admitted to hospital on Friday.'],
    ['The man was frail when he was admitted in March.'],
    // a thing come upon, a firing, a product taken back, a sight at a distance, something that happens to someone
    ['The stolen bell was found in a barn near Orvik.'],
    ['The groundsman was dismissed in June.'],
    ['Some 8,000 heaters were recalled over a faulty switch.'],
    ['The lights of the rig can be seen from miles away.'],
    ['The goalkeeper got noticed at a youth tournament.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['It was admitted that the pump had failed.', ['was admitted']],
    ['The council was found to have broken its own rules.', ['was found']],
    ['The survey was dismissed as flawed.', ['was dismissed as']],
    ['The old ferryman was recalled as a patient teacher.', ['was recalled as']],
    ['The goalkeeper got criticized for the error.', ['criticized for']],
  ])('keeps the report: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
