// A finite verb right after a relative clause between commas belongs to the content's subject ("said
// the tide gauge, which was fixed in June, showed ..."), and a content before its cue starts after a semicolon
// that closes an attribution of its own. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a relative clause inside the content, a semicolon before it', () => {
  it.each<[string, string[][], M[]]>([
    ['Ida Holm said the tide gauge, which was fixed in June, showed a rise of 9 centimetres.',
      [['indirect', 'the tide gauge, which was fixed in June, showed a rise of 9 centimetres', 'said']], []],
    ['Growers say the dam is too low; only 30 farms got water, state records show.',
      [['indirect', 'the dam is too low', 'say'], ['indirect', 'only 30 farms got water', 'show']],
      [['Growers', 'description', null], ['state records', 'description', null]]],
  ])('%s', (text, expected, ms) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, string[][], M[]]>([
    // a participle after the relative clause is no finite verb of the content's subject
    ['Ida Holm praised the tide gauge, which was fixed in June, saying it was accurate.',
      [['indirect', 'the tide gauge, which was fixed in June', 'praised'], ['indirect', 'it was accurate', 'saying']], []],
    // no attribution before the semicolon: the content runs from the sentence start
    ['The dam is too low; only 30 farms got water, state records show.',
      [['indirect', 'The dam is too low; only 30 farms got water', 'show']], [['state records', 'description', null]]],
  ])('leaves alone: %s', (text, expected, ms) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
