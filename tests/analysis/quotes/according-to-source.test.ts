import { describe, expect, it } from 'vitest';
import { speakers } from '../speaker-mentions.js';
import { runQuotes } from '../quote-run.js';

// "CONTENT, according to a summary by the research office": when the mention stage lists nothing in the source
// phrase, the noun phrase it opens with (up to a preposition or a participle) is still the speaker mention, flagged
// unknown, so the record says who vouches. A source with a mention keeps it.

describe('quotes/according-to: a source phrase with no mention in it', () => {
  it.each([
    ['The Greens won nine of the 60 seats, according to official results released on Sunday.', 'official results'],
    // a noun in -ly ("tally") heads the source phrase as any noun does (mentions/noun-phrase.ts)
    ['The levy passed with 41 votes, according to the clerk\'s tally.', "the clerk's tally"],
    ['Turnout reached 61 percent, according to an unofficial tally of the ballots.', 'an unofficial tally of the ballots'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    // a named source keeps its mention
    ['The levy would raise $40 million a year, according to Ana Ruiz, the assembly\'s budget officer.', 'Ana Ruiz'],
    ['Ferry traffic fell by a third, according to the port authority.', 'the port authority'],
    // a body named by its kind after "by" is a mention (lexicon/organisation-heads.ts), the one who vouches
    ['Turnout reached 61 percent, according to an unofficial tally by the county.', 'the county'],
    // ... and so is an office named by what it does (mentions/office-head.ts)
    ['The levy would raise $40 million a year, according to a summary by the assembly\'s budget office.', "the assembly's budget office"],
    ['Nine boats sank in the storm, according to an early count by the harbour office.', 'the harbour office'],
  ])('keeps: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

// a participle phrase after the source's comma describes the source: its verb reports nothing (quotes/from-cues.ts)
describe('quotes/from-cues: a participle after an "according to" source', () => {
  const contents = (text: string) => runQuotes(text).map((q) => q.text);
  it.each([
    ['Most patients recovered within a week, according to the trial report, published in the Lakeside Medical Review.', ['Most patients recovered within a week']],
    ['Nine ferries were cancelled, according to the port’s figures, announced on Monday by the harbour board.', ['Nine ferries were cancelled']],
    ['Rents rose by a fifth, according to a letter, written to members by the union’s secretary.', ['Rents rose by a fifth']],
    ['Two wards will close, according to the plan, reported in the Tarnby Courier last week.', ['Two wards will close']],
  ])('%s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each([
    // a clause of its own after the source: its cue reports
    ['Rents rose by a fifth, according to the survey, and the union said it would strike.', ['Rents rose by a fifth', 'it would strike']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});
