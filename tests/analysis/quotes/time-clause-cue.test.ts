// A time clause ("after ...", "before ...") with its own subject and cue after a cue whose content is a
// bare object is a second attribution, and a reason phrase after it ('because of ...') is the writer's;
// after a reported clause both stay part of what was said.
// Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a time clause with its own cue after an object content', () => {
  it.each<[string, string[][]]>([
    ['Ada Brekke condemned the ban after the mayor said it would save money.',
      [['indirect', 'the ban', 'condemned'], ['indirect', 'it would save money', 'said']]],
    ['Ivo Tam described the plan as a “trap” before his rival praised the new fares.',
      [['partial', 'the plan as a “trap”', 'described'], ['indirect', 'the new fares', 'praised']]],
    // a reason phrase after an object content is the writer's, like a reason clause
    ['Many parents see Ivo Lund as aloof, because of his silence and his blunt criticism of the teachers.',
      [['indirect', 'Ivo Lund as aloof', 'see'], ['indirect', 'the teachers', 'blunt criticism of']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a reported clause keeps its time clause: the speaker may have said it
    ['Ola Sund said he quit after the board rejected his budget.',
      [['indirect', 'he quit after the board rejected his budget', 'said']]],
    ['Ola Sund said the deal was signed before the council approved the fares.',
      [['indirect', 'the deal was signed before the council approved the fares', 'said']]],
    // after a reported clause the reason phrase stays
    ['Ola Sund said the vote was lost, because of the rain.',
      [['indirect', 'the vote was lost, because of the rain', 'said']]],
    // a condition is part of what was said
    ['Ola Sund backed the toll if the council approved the fares.',
      [['indirect', 'the toll if the council approved the fares', 'backed']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
