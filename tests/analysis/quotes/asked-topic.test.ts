// "Asked about <topic>": the topic of someone else's question, with no clause of its own, reports
// nothing; a question with a clause ("asked about why ...", "asked whether ...") keeps its
// record. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: the topic of "asked about"', () => {
  it.each<[string, M[], string[][]]>([
    ['Asked about the delay, the mayor said the work was hard.', [['the mayor', 'description', null]],
      [['indirect', 'the work was hard', 'said']]],
    ['Lena Holm, asked about the late trains, said the firm was sorry.', [['Lena Holm', 'name', null]],
      [['indirect', 'the firm was sorry', 'said']]],
    ['She waved away a guest who asked about parking.', [['She', 'pronoun', null]], []],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    ['Asked about why the bridge was shut, Ida Ek said she did not know.', [['Ida Ek', 'name', null]],
      [['indirect', 'why the bridge was shut', 'Asked about'], ['indirect', 'she did not know', 'said']]],
    ['Asked whether the plan would work, Ola Berg said it would.', [['Ola Berg', 'name', null]],
      [['indirect', 'whether the plan would work', 'Asked'], ['indirect', 'it would', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
