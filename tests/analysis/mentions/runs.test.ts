// An opening "Per" that the cue stage left alone is the Nordic given name and opens the name run
// (mentions/runs.ts); one it read as the source preposition ("Per the agency, ...") opens none.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** The canonical speaker of each record. */
const names = (text: string): (string | null)[] => analyze({ id: 'd', text }).quotes.map((q) => q.speaker);

describe('runs: an opening "Per" before a name is a given name', () => {
  it.each([
    ['Per Lindqvist, who runs the ferry company, said fares would rise in May.', 'Per Lindqvist'],
    ['Per Dahl said the orchestra would tour Japan next year.', 'Per Dahl'],
    ['The quarry reopened on Monday. Per Haldor Brekke told the council the blasting would stop at dusk.', 'Per Haldor Brekke'],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    // the preposition naming a source: the name after it is the whole source
    ['Per Reuters, the talks collapsed late on Friday.', 'Reuters'],
    ['Per Statistics Norway, prices rose 3 percent in the year to May.', 'Statistics Norway'],
  ])('leaves alone: %s', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });
});
