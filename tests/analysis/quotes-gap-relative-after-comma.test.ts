// ", not the 18 percent the board assumed.": after a comma, a noun, a subject and a cue with its object gap
// are a relative clause whose content is that noun (quotes/gap-relative.ts), not a "CONTENT, X said." report
// of the sentence before the comma (quotes/content-before.ts). Verbs of saying keep the tail reading: a
// description and a name before "said" are in apposition. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from './quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: an object-gap relative after a comma is no tail attribution', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['Ada Kim noted that the cost rose 6 percent, not the 18 percent the board assumed.', [['Ada Kim', 'name', 0], ['the board', 'group', null]],
      [['the cost rose 6 percent', 'noted'], ['the 18 percent the board assumed', 'assumed']]],
    ['Ivo Berg called the levy a tax, a label the mayor later repeated.', [['Ivo Berg', 'name', 0], ['the mayor', 'group', null]],
      [['the levy a tax', 'called'], ['a label the mayor later repeated', 'later repeated']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a description and a name before a verb of saying: "CONTENT, X said."
    ['All ferries are cancelled today, the ferry firm Tarnlink said.', [['Tarnlink', 'organization', 0]], [['All ferries are cancelled today', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
