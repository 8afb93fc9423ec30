import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

// A colon lead-in reads its verb and subject in the sentence that ends at the colon (quotes/lead-in-quotes.ts
// colonLeadIn): a cue or subject of the sentence before it is no part of the lead-in. Invented texts.
const directCues = (text: string): [string | null, string | null][] => analyze({ id: 't', text }).quotes
  .filter((q) => q.type === 'direct')
  .map((q) => [q.cue?.text ?? null, q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end)]);

describe('quotes: a colon lead-in is the sentence that ends at the colon', () => {
  it.each([
    ['The yields were higher than the growers had dared to hope. She told reporters:\n\n“We planted early and it paid off.”',
      [['told', 'She']]],
    ['The vote was closer than the unions had expected. He said:\n\n“We will count every ballot again.”',
      [['said:', 'He']]],
  ])('%s', (text, expected) => {
    expect(directCues(text)).toEqual(expected);
  });

  it.each([
    // one sentence: its verb and subject, as before
    ['The harbour master said: “No boat leaves tonight.”', [['said:', 'The harbour master']]],
    ['Ana Lind, the ferry captain, told the crew: “Stay below deck.”', [['told', 'Ana Lind']]],
  ])('leaves alone %s', (text, expected) => {
    expect(directCues(text)).toEqual(expected);
  });
});

// A lead-in that names a thing said ("The club's reply:") is its possessor's: the thing is no speaker (sayerOf).
describe('quotes: a colon lead-in that names what was said', () => {
  it.each([
    ['The union\'s reply: “We will strike on Monday.”', [[':', 'The union']]],
    ['Mayor Ines Dahl\'s statement: “The pool stays open.”', [[':', 'Mayor Ines Dahl']]],
    ['The coach’s message: “Rest, then train.”', [[':', 'The coach']]],
  ])('%s', (text, expected) => {
    expect(directCues(text)).toEqual(expected);
  });

  it.each([
    // a possessed person or body speaks: no thing said
    ['The club\'s captain: “We will appeal.”', [[':', 'The club\'s captain']]],
    ['The union\'s lawyer: “The vote stands.”', [[':', 'The union\'s lawyer']]],
  ])('leaves alone %s', (text, expected) => {
    expect(directCues(text)).toEqual(expected);
  });
});

describe('quotes: a lead-in before a colon and the quote after it', () => {
  it('keeps both a lead-in and the quote after its colon', () => {
    const text = 'Ann Lee praised the plan: “It will carry cars by May,” she said.';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.cue?.text])).toEqual([
      ['indirect', 'the plan', 'praised'],
      ['direct', 'It will carry cars by May,', 'said'],
    ]);
  });
});

describe('quotes/lead-in-quotes: a roundup line (moved from index.test.ts)', () => {
  it('keeps each line of a roundup ("Name, Outlet: “...”") a quote of its own, by the name on that line', () => {
    const text = 'What they said.\n\nAnn Lee, Daily Ledger: "The bridge opening mattered to the whole city."\n\nTom Reyes, Radio Nine: "The toll is the real loser here."';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0], ['Tom Reyes', 'name', null]], [ann]);
    expect(qs.map((q) => [q.type, q.text, q.speakerMention?.text])).toEqual([
      ['direct', 'The bridge opening mattered to the whole city.', 'Ann Lee'],
      ['direct', 'The toll is the real loser here.', 'Tom Reyes'],
    ]);
  });
});
