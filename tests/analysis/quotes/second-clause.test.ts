// A second attribution after a content that the content must not run over: "with" and a subject before
// a participle cue, "— and" and a new subject before a cue, ", but" and a verb with no subject of its own
// after a comma closed inside a quote. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a content ends where a second attribution opens', () => {
  it.each<[string, string[][]]>([
    ['Most pilots called the runway unsafe, with about four in 10 saying they would strike.',
      [['indirect', 'the runway unsafe', 'called'], ['indirect', 'they would strike', 'saying']]],
    ['The council praised the plan, with the mayor and her two deputies calling it "a fresh start."',
      [['indirect', 'the plan', 'praised'], ['partial', 'it "a fresh start."', 'calling']]],
    ['Ada Berg said the ferry would be late — and she warned that the fares might rise by May.',
      [['indirect', 'the ferry would be late', 'said'], ['indirect', 'the fares might rise by May', 'warned']]],
    ['Ivo Tam branded the outage a "blunder," but stopped short of faulting the crews.',
      [['partial', 'the outage a "blunder,"', 'branded'], ['indirect', 'the crews', 'stopped short of faulting']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // "with" and a noun before a participle that is no cue, and "with" right before the cue
    ['Ada Berg said the town would cope with the river rising fast.',
      [['indirect', 'the town would cope with the river rising fast', 'said']]],
    // a dash without a conjunction opens an aside, not a clause of its own
    ['Ada Berg said the fares would rise — something her rival also said in May.',
      [['indirect', 'the fares would rise — something her rival also said in May', 'said']]],
    // a comma inside the quote before "but" and a subject: the clause goes on
    ['Ivo Tam said the delay was a "setback," but the builders were not to blame.',
      [['partial', 'the delay was a "setback," but the builders were not to blame', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
