// A place or occasion phrase between the cue (or its listener) and a reported clause with no "that": the
// phrase says where it was said, and the content starts at the clause's subject (quotes/content-start.ts).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { contents, type M } from '../quote-run.js';

const ODA: M[] = [['Oda Renn', 'name', 0]];

describe('quotes: a place phrase before the reported clause stays out of the content', () => {
  it.each<[string, string[]]>([
    ['Oda Renn said at a rally the ferry would run again.', ['the ferry would run again']],
    ['Oda Renn said during a visit the pier would close.', ['the pier would close']],
    ['Oda Renn said, during a visit, the pier would close.', ['the pier would close']],
    ['Oda Renn told a news conference in Tarnby the ferry would run again.', ['the ferry would run again']],
    ['Oda Renn told reporters during a visit to the harbour the ferry would run again.', ['the ferry would run again']],
    ['Oda Renn said at a meeting with her Vestby counterpart it was settled.', ['it was settled']],
    // with "that", a listener and place and time phrases before it may run to ten words
    ['Oda Renn told supporters at a rally in Tarnby on Friday that the ferry would run.', ['the ferry would run']],
    // an occasion opened by "after"/"before", then a subject pronoun and its verb (quotes/occasion-phrase.ts)
    ['Oda Renn told reporters after the regatta she was proud of the crew.', ['she was proud of the crew']],
    ['Oda Renn said before the vote she would abstain.', ['she would abstain']],
    ['Oda Renn told the Tarnby Courier after the final she had no regrets.', ['she had no regrets']],
  ])('%s', (text, expected) => {
    expect(contents(text, ODA)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // an idiom after the preposition is part of the content
    ['Oda Renn said at least the first ferry would run.', ['at least the first ferry would run']],
    // a capitalised subject is not read after the phrase (a name inside the phrase would run into it)
    ['Oda Renn said at the hearing Vestby Council would appeal.', ['at the hearing Vestby Council would appeal']],
    // an infinitive before "that" keeps the words: the "that" qualifies its object
    ['Oda Renn warned her at a meeting in Tarnby to skip a vote that could sink the bill.', ['her at a meeting in Tarnby to skip a vote that could sink the bill']],
    // a subordinate clause with its own verb after its subject, no pronoun after a noun phrase
    ['Oda Renn said she quit after the board asked her to.', ['she quit after the board asked her to']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text, ODA)).toEqual(expected);
  });
});
