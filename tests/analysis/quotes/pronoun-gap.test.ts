// "(which Ada Kim also backs)", "what Ivo Berg said when he quit": a relative or free-relative pronoun is the
// object its cue lacks, so the pronoun and its clause are the content (quotes/gap-relative.ts), where before
// there was no record or the frame's own words. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a pronoun object before its cue', () => {
  it.each<[string, M[], string[][]]>([
    ['The plan raises the levy on second homes (which Tom Ash also supports).', [['Tom Ash', 'name', null]], [['which Tom Ash also supports', 'also supports']]],
    ['That was what Ivo Berg said when he quit the board.', [['Ivo Berg', 'name', null]], [['what Ivo Berg said', 'said']]],
    ['The ruling conflicted with what Ada Kim told Radio Tarn before her speech.', [['Ada Kim', 'name', null]], [['what Ada Kim told', 'told']]],
    ['That is what the mayor told reporters on Friday.', [['the mayor', 'description', null]], [['what the mayor told', 'told']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // the reader's own view, asked for: nobody reports it
    ['Tell your councillor what you think.', [], []],
    // "which" after a preposition is a place or time, not the cue's object
    ['The hall in which she spoke was full.', [['she', 'pronoun', null]], [['was full', 'spoke']]],
    // a verb after the cue belongs to the free relative's clause: the content goes on
    ['That is what Ada Kim said happened at the plant.', [['Ada Kim', 'name', null]], [['happened at the plant', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
