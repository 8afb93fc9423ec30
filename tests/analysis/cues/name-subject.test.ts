import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

// A capitalised word before a noun-like form is its subject, unless it is a sentence-opening adjective before a plural
// noun of disputing (cues/name-subject.ts). Rows moved from noun-or-verb.test.ts with the module.
describe('cues: a capitalised word before a noun-like form as its subject', () => {
  it.each<[string, string[]]>([
    ['Novak clashes over whether the pier should be sold.', ['clashes over']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // an adjective opening the sentence before a plural noun of disputing is its modifier, not a name
    ['Fresh clashes over who runs the dock broke out on Friday.', []],
    ['Heated quarrels about where the wall runs divided the street.', []],
    ['Renewed wrangles over which firm builds the depot delayed the vote.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
