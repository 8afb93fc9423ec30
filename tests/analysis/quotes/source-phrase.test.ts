// "according to" and its source phrase: a number's comma does not end the phrase, and a participle
// inside it describes the source (no quote of its own). Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: the source phrase of "according to"', () => {
  it.each<[string, M[], string[][]]>([
    // a comma inside a number is no clause boundary
    ['According to a survey of 12,000 tenants published on Monday, rents rose by 9 percent.', [['a survey', 'description', null]],
      [['indirect', 'rents rose by 9 percent', 'According to']]],
    ['According to a poll of 1,250 voters, the mayor leads by four points.', [['a poll', 'description', null]],
      [['indirect', 'the mayor leads by four points', 'According to']]],
    // a participle describing the source is no attribution of its own
    ['The river is cleaner, according to a study published on Tuesday in a science journal.', [['a study', 'description', null]],
      [['indirect', 'The river is cleaner', 'according to']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a relative clause on the source keeps its own cue
    ['The deal is off, according to an aide who requested anonymity.', [['an aide', 'description', null]],
      [['indirect', 'The deal is off', 'according to'], ['indirect', 'anonymity', 'requested']]],
    // a comma after a number that ends the phrase ("in 2019, ...") still ends it
    ['According to the census in 2019, the town had 4,000 people.', [['the census', 'description', null]],
      [['indirect', 'the town had 4,000 people', 'According to']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
