import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A promise in -s ("vows", "promises", "pledges") with its infinitive is the verb after a name, or after the comma of a
// sentence-case headline whose second verb has its subject elided.
describe('cues: a promise in -s with its infinitive after a name or a headline comma', () => {
  it.each([
    ["Orla Venn vows to 'clean house'.", ['vows']],
    ["Venn wins runoff, vows to 'clean house'", ['vows']],
    ['Tarnix unveils new tablet, promises to add longer battery life', ['promises']],
  ])('finds the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a comma in a body sentence: the plural after it is a noun in apposition
    ['He made two pledges, promises to cut fares and more.', []],
    // a headline comma, but no infinitive after the form
    ['Venn wins runoff, vows and pledges', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
