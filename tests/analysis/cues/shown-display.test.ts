import { describe, expect, it } from 'vitest';
import { allCues, verbCues } from '../verb-cues.js';

// "show" with one's own thing as its object: displaying, not a finding (cues/shown-display.ts). Invented texts.
describe('cues: "show" with a possessive noun phrase that ends its clause', () => {
  it.each([
    ['Students at the school show their art.', []],
    ['The company showed its new phone to reporters.', []],
    ['Local farmers showed their best pumpkins at the fair on Saturday.', []],
    // a modifier in -s that is no plural (lexicon PLURAL_END: "campus", "bus") is no clause's subject
    ['Students at the school show their campus garden.', []],
  ])('reads no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a clause after the possessive's noun
    ['Records show his firm paid the fine.', ['show']],
    ['Photos show their new home was flooded.', ['show']],
    // a plural after the possessive with its verb: a clause, not a modifier of a thing shown
    ['Doctors at the clinic show their patients improve faster.', ['show']],
    ['Coaches at the academy show their players improve quickly.', ['show']],
    // "her" as the object, a second phrase after it
    ['Polls showed her winning the vote by a wide margin.', ['showed']],
    // no possessive: the thing found
    ['The survey shows a sharp drop in bus use.', ['shows']],
    // a subject that is no person or body: a record or a thing found
    ['The survey shows its limits.', ['shows']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  // a stance shown keeps its cue (read with its noun)
  it('leaves alone a stance shown', () => {
    expect(allCues('The mayor showed her support for the plan.').length).toBe(1);
  });

  // a feeling shown (the verb span's light nouns) keeps its cue, read with its noun
  it.each([
    ['Fans showed their anger at the ticket prices.', 'showed their anger at'],
    ['Farmers show their frustration with the levy.', 'show their frustration with'],
    ['Fans showed their fury at the referee.', 'showed their fury at'],
    ['Voters showed their disgust at the scandal.', 'showed their disgust at'],
  ])('leaves alone a feeling shown: %s', (text, cue) => {
    expect(allCues(text)).toEqual([cue]);
  });
});
