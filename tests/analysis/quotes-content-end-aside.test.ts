// Asides inside a reported clause that its content goes on over (quotes/content-end-aside.ts): here a non-restrictive
// relative with its own cue that closes before the reported subject's verb. (The sizing participle aside is tested in
// quotes-apposition-contrast.test.ts.) Invented texts.
import { describe, expect, it } from 'vitest';
import { runQuotes } from './quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.text, q.cue?.text ?? null];

describe('quotes: a relative aside with its own cue inside the reported clause', () => {
  it.each<[string, (string | null)[][]]>([
    ['The mayor said the bypass, which drivers want, is too costly.',
      [['the bypass, which drivers want, is too costly', 'said']]],
    ['The minister argued that the levy, which growers oppose, would raise little money.',
      [['the levy, which growers oppose, would raise little money', 'argued']]],
    ['Ms Okafor said the ferry, which islanders say is unsafe, will keep running until May.',
      [['the ferry, which islanders say is unsafe, will keep running until May', 'said']]],
    ['The rector wrote that the new curriculum, which parents have criticised, has been delayed.',
      [['the new curriculum, which parents have criticised, has been delayed', 'wrote']]],
  ])('runs the content on to its verb: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a relative that runs to the sentence end: a second attribution
    ['The coach said the club offered more, which he called generous.',
      [['the club offered more', 'said'], ['which he called generous', 'called']]],
    // the relative closes before a prepositional phrase, not a verb: the bare object ends at the comma
    ['The board thanked Rhea Tamm, who has since urged a refund, for her years of service.',
      [['Rhea Tamm', 'thanked'], ['a refund, for her years of service', 'urged']]],
    // the relative closes before 'and' and a clause of its own
    ['The mayor said the plan was fair, which critics dispute, and the vote will go ahead.',
      [['the plan was fair', 'said'], ['which critics dispute', 'dispute']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
