// A body's published notices and filed disclosures are records that "show" (lexicon/cue-contexts.ts EVIDENCE_NOUNS):
// after them the form is the verb, and the clause before it is what they show.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content] of the first record, or null. */
const first = (text: string): [string, string] | null => {
  const q = analyze({ id: 'd', text }).quotes[0];
  return q === undefined ? null : [q.cue?.text ?? '', q.text];
};

describe('notices and disclosures that show', () => {
  it.each([
    ['The quarry gave money in 2019 to two rowing clubs, Holm Trust announcements show.', ['show', 'The quarry gave money in 2019 to two rowing clubs']],
    ['The bakery paid its suppliers late twice last year, state disclosures show.', ['show', 'The bakery paid its suppliers late twice last year']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    // "shows" as a plural noun after the notices: no verb
    ['The ferry line made two announcements about its winter shows.'],
    // a gerund after the noun, no finite verb of showing
    ['The club posted announcements showing off its new kit.'],
  ])('leaves alone: %s', (text) => {
    expect(analyze({ id: 'd', text }).quotes.filter((q) => q.cue?.text === 'show')).toEqual([]);
  });
});
