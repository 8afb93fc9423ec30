// A description held by a possessor ("Tarn's regional director, Ola Berg, said") stands in apposition to
// the name after it: it is the subject's, not a content before the cue (quotes/content-before.ts).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);
const OLA: M[] = [['Ola Berg', 'name', 0]];

describe('quotes: a possessor\'s description in apposition before the name', () => {
  it.each<[string, string[][]]>([
    ['Varna\'s regional director, Ola Berg, apologised and said the line would reopen.', [['the line would reopen', 'said']]],
    ['The firm\'s chief, Ola Berg, apologised.', []],
  ])('%s', (text, expected) => {
    expect(rows(text, OLA)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a contraction is no possessor: the clause before the name is the content
    ['It\'s done, Ola Berg said.', [['It\'s done', 'said']]],
    // after a bare comma the description follows the content, which stays
    ['The line will reopen in May, the firm\'s chief, Ola Berg, said.', [['The line will reopen in May', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text, OLA)).toEqual(expected);
  });
});
