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
    // an -s verb before its preposition, a past form: the clause's verb
    ['The island’s population of 4,500 depends on fishing.', '4,500', 'population'],
    ['A crowd of 8,000 cheered the riders home.', '8,000', 'crowd'],
  ])('%s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));

  it.each<[string, string, string]>([
    // a plural noun after the count names what it counts
    ['A crowd of 30,000 fans packed the stadium.', '30,000', 'fans'],
    ['The firm runs a fleet of 12 buses.', '12', 'buses'],
    // a noun that is no -s plural names what is counted too
    ['A flock of 300 sheep blocked the road.', '300', 'sheep'],
    ['The farm keeps a herd of 200 cattle.', '200', 'cattle'],
    ['The bakery has a workforce of 40 staff.', '40', 'staff'],
    // a noun of no whole: the arrival of 300 refugees counts refugees
    ['The arrival of 300 refugees strained the town.', '300', 'refugees'],
  ])('leaves alone: %s (%s) -> %s', (text, figure, subject) => expect(subjectOf(text, figure)).toBe(subject));
});
