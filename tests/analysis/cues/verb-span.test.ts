import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// cues/verb-span.ts: where a verb cue's span ends (cueEnd). Invented texts.

// "on" before the medium or footing one spoke on ("on air", "on camera", "on tape", "on stage", "on the record") is
// how the words were said, not a particle of the verb (SPOKEN_MEDIUM_ON in cues/verb-contexts.ts, read by cueEnd)
describe('cues: "on" and the medium one spoke on', () => {
  it.each([
    ['The radio host argued on air that the toll was a tax.', ['argued']],
    ['A ferry captain complained on camera about the new timetable.', ['complained']],
    ['The treasurer admitted on tape that the accounts were late.', ['admitted']],
    ['The comedian joked on stage about the mayor.', ['joked']],
    ['The chief engineer insisted on the record that the bridge was sound.', ['insisted']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the medium word heads a longer noun phrase: a topic after "on"
    ['The union commented on video evidence from the depot.', ['commented on']],
    ['The inspector reported on air quality near the quarry.', ['reported on']],
    ['The auditor insisted on the record of every payment.', ['insisted on']],
  ])('keeps "on": %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// cueStart: the "'s" of a capitalised name is the name's own ("Penwick's said"), no contracted "has" of the cue; after a
// pronoun it is the auxiliary ("She's said", "It's said")
describe('cues: the "\'s" of a name before the verb', () => {
  it.each([
    ['Penwick\'s said it would close 30 stores.', ['said']],
    ['Orlo\'s warned that sales had slowed.', ['warned']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['She\'s said the pier is safe.', ['\'s said']],
    ['It\'s said that the mill is haunted.', ['\'s said']],
  ])('keeps the auxiliary: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
