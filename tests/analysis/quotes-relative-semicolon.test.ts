// A finite verb right after a relative clause between commas belongs to the content's subject ("said
// the survey, which ended in May, showed ..."), and a content before its cue starts after a semicolon
// that closes an attribution of its own. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from './quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a relative clause inside the content, a semicolon before it', () => {
  it.each<[string, string[][], M[]]>([
    ['She said the survey, which was finished in May, showed a drop of 12 percent.',
      [['indirect', 'the survey, which was finished in May, showed a drop of 12 percent', 'said']], []],
    ['Critics say the scheme is too slow; only 900 homes have been fixed, council figures show.',
      [['indirect', 'the scheme is too slow; only 900 homes have been fixed', 'say'], ['indirect', 'only 900 homes have been fixed', 'show']],
      [['Critics', 'description', null], ['council figures', 'description', null]]],
  ])('%s', (text, expected, ms) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, string[][], M[]]>([
    // a participle after the relative clause is no finite verb of the content's subject
    ['She praised the survey, which was finished in May, saying it was fair.',
      [['indirect', 'the survey, which was finished in May', 'praised'], ['indirect', 'it was fair', 'saying']], []],
    // no attribution before the semicolon: the content runs from the sentence start
    ['The scheme is too slow; only 900 homes have been fixed, council figures show.',
      [['indirect', 'The scheme is too slow; only 900 homes have been fixed', 'show']], [['council figures', 'description', null]]],
  ])('leaves alone: %s', (text, expected, ms) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
