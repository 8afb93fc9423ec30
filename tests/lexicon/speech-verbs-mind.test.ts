// The verbs of the mind (lexicon/speech-verbs-mind.ts) as the cue stage reads them: here "rumoured", whose passive
// reports talk passed on with no source named. Invented sentences.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../analysis/verb-cues.js';

describe('lexicon/speech-verbs-mind: "rumoured" in the passive', () => {
  it.each([
    ['The winger is rumoured to be leaving in January.', ['is rumoured']],
    ['The band was rumored to have split.', ['was rumored']],
    ['It was rumoured that the bakery would close.', ['was rumoured']],
  ])('a cue with no source: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // an adjective before its noun, and a hedge on a figure
    ['The rumoured merger fell through.'],
    ['The club paid a rumoured £30m for the keeper.'],
  ])('no cue: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
