// figures/subject-whole.ts: a count after a noun of a whole and its "of" gives the whole's size. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const subjectOf = (text: string, figure: string): string | null | undefined =>
  extractFigures(text).find((c) => text.slice(c.start, c.end) === figure)?.subject;

describe('subject-whole: the whole a count gives the size of', () => {
  it.each<[string, string, string]>([
    ['The town’s population of 45,000 is ageing fast.', '45,000', 'population'],
    ['A crowd of 30,000 packed the stadium.', '30,000', 'crowd'],
    ['The hospital has a workforce of 2,100.', '2,100', 'workforce'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));

  it.each<[string, string, string]>([
    // a plural noun after the count names what it counts
    ['A crowd of 30,000 fans packed the stadium.', '30,000', 'fans'],
    ['The firm runs a fleet of 12 buses.', '12', 'buses'],
    // a noun of no whole: the arrival of 300 refugees counts refugees
    ['The arrival of 300 refugees strained the town.', '300', 'refugees'],
  ])('leaves alone: %s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});
