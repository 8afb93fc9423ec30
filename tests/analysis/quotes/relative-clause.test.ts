// A relative pronoun as the subject of a passive or raising cue (quotes/relative-clause.ts): the relative clause,
// pronoun included, is the content. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a relative pronoun as the subject of a passive or raising cue', () => {
  it.each<[string, M[], string[][]]>([
    ['Tom Fenn, who for a decade has been described as shy, lost the seat.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'who for a decade has been described as shy', 'has been described as']]],
    ['The tariff -- which appears fair to most -- passed on Friday.', [],
      [['indirect', 'which appears fair to most', 'appears']]],
    ['The board named the firms which are expected to bid for the port.', [['The board', 'description', null]],
      [['indirect', 'which are expected to bid for the port', 'are expected']]],
  ])('reports the relative clause, pronoun included: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // an agent after "by" names the source: as before
    ['The plan, which was drafted by Tom Fenn, failed.', [['Tom Fenn', 'name', 0]], []],
    // a document put out names no claim
    ['Tom Fenn drew a map, which was published in a weekly on Friday, and left.', [['Tom Fenn', 'name', 0]], []],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).filter((q) => q.text.startsWith('which')).map(row)).toEqual(expected);
  });
});
