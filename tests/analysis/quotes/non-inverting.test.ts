// "CONTENT, said X" is read only for verbs news puts before their speaker (say, add, write, ...) or after a
// quote: after "shows", "blasted", "expressing" the words are the verb's object (quotes/content-before-inverted.ts); a title in
// marks ("the show “Kitchen Wars,”") is no quote.
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: no inverted speaker after a verb news does not invert', () => {
  it.each<[string, M[], string[][]]>([
    ['The audit, done for the Tarnby council, shows the fund lost money.', [['The audit', 'description', null]], [['the fund lost money', 'shows']]],
    // a show's title in marks is no quote: its closing comma does not make the next verb inverted
    ['Bo Renner, the host of the cooking show “Kitchen Wars,” listed a drama as his favourite series.', [['Bo Renner', 'name', null]], [['a drama', 'listed']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a verb of saying still inverts
    ['The levy will rise, said a spokesman for the Tarnby council.', [['a spokesman', 'description', null]], [['The levy will rise', 'said']]],
    // and any verb does after a quote
    ['“It is over,” announced the Tarnby council.', [['the Tarnby council', 'organization', null]], [['It is over,', 'announced']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});
