// Records of what was seen, logged or kept are evidence that "shows" (lexicon/cue-contexts.ts EVIDENCE_NOUNS): after them
// the form is the verb, and the clause it shows is the content. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content] of the first record, or null. */
const first = (text: string): [string, string] | null => {
  const q = analyze({ id: 'd', text }).quotes[0];
  return q === undefined ? null : [q.cue?.text ?? '', q.text];
};

describe('images, logs, transcripts and accounts that show', () => {
  it.each([
    ['Satellite images show the glacier has shrunk by a third.', ['show', 'the glacier has shrunk by a third']],
    ['Flight logs show the jet landed twice at the island airstrip.', ['show', 'the jet landed twice at the island airstrip']],
    ['Court transcripts show the witness was never asked about the fire.', ['show', 'the witness was never asked about the fire']],
    ['The charity spent more on rent than on grants, its accounts show.', ['show', 'The charity spent more on rent than on grants']],
    ['CCTV footage shows the van left the depot at 2 a.m.', ['shows', 'the van left the depot at 2 a.m']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    // "shows" as a plural noun after the record noun: no verb
    ['The gallery sold images from its two winter shows.'],
    ['The band kept logs of their summer shows.'],
    // minutes are time, not a record: "the last ten minutes show" is a match report
    ['The last ten minutes show little of the match.'],
    // a gerund after the noun, no finite verb of showing
    ['She posted images showing off the new kitchen.'],
  ])('leaves alone: %s', (text) => {
    expect(analyze({ id: 'd', text }).quotes.filter((q) => /^shows?$/.test(q.cue?.text ?? ''))).toEqual([]);
  });
});
