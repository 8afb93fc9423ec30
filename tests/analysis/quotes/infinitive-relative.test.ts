// "vowed to scrap every contract that ...": after an infinitive with its object, "that" opens a relative
// clause on that object, not the reported clause, so the content starts at "to". A listener or place
// after "to" ("said to reporters that ...") still ends before "that". Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: an infinitive and its object before a relative "that"', () => {
  it.each<[string, string[][]]>([
    ['Ivo Lund vowed to scrap every contract that had no price cap.',
      [['indirect', 'to scrap every contract that had no price cap', 'vowed']]],
    ['The mayor refused to sign the deal that the council had drafted.',
      [['indirect', 'to sign the deal that the council had drafted', 'refused']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    ['The mayor said to reporters that the deal was signed.',
      [['indirect', 'the deal was signed', 'said']]],
    ['The mayor said to the court that the deal was signed.',
      [['indirect', 'the deal was signed', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
