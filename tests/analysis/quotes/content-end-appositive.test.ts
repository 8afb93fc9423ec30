// "said turnout of 64 percent, the highest in years, suggested ...": the reported clause's subject with an appositive
// between commas goes on to its own verb (quotes/content-end-appositive.ts, read by content-end.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const records = (text: string): [string, string | undefined][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text]);

describe('quotes: a subject, its appositive, then the reported clause\'s verb', () => {
  it.each<[string, [string, string][]]>([
    ['Economists said inflation of 7 per cent, the highest in a decade, suggested the bank would raise rates.',
      [['inflation of 7 per cent, the highest in a decade, suggested the bank would raise rates', 'said']]],
    ["Analysts said a crowd of 40,000, the largest this season, showed the club's appeal.",
      [["a crowd of 40,000, the largest this season, showed the club's appeal", 'said']]],
  ])('%s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  it.each<[string, [string, string][]]>([
    // a participle after the appositive is the frame's, not the clause's verb
    ['The coach praised the keeper, a local man, saying he had saved the season.',
      [['the keeper, a local man', 'praised'], ['he had saved the season', 'saying']]],
    // a conjunction before the verb: a second report of the first speaker
    ['The coach praised the keeper, a local man, and said he would start.',
      [['the keeper, a local man', 'praised'], ['he would start', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});
