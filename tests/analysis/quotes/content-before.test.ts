// A description in apposition before the speaker's name right after a closed quote ('“We will appeal,” her
// lawyer, Ana Roe, said') is the subject's, as after a comma: the quote ends at its closing mark, and the
// description is no part of it (quotes/content-before.ts APPOSED_DESCRIPTION). Invented texts, whole analysis.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string): [string, string | null][] => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speaker]);

describe('quotes: an apposed description after a closed quote', () => {
  it.each<[string, [string, string | null][]]>([
    ['"It is a good day for the town," its mayor, Ivo Sarn, said.', [['It is a good day for the town,', 'Ivo Sarn']]],
    ['"We will appeal," her lawyer, Ana Roe, said on Monday.', [['We will appeal,', 'Ana Roe']]],
    ['"Why would we wait?" the union\'s secretary, Ola Berg, asked.', [['Why would we wait?', 'Ola Berg']]],
    ['"Nobody told us!" their spokeswoman, Ada Kim, told reporters.', [['Nobody told us!', 'Ada Kim']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string | null][]]>([
    // no description: the name right after the quote
    ['"We will appeal," Ana Roe said.', [['We will appeal,', 'Ana Roe']]],
    // a description after a bare comma still follows the content
    ['The line will reopen in May, the firm\'s chief, Ola Berg, said.', [['The line will reopen in May', 'Ola Berg']]],
    // a description with no name after it is the speaker itself
    ['"We will appeal," her lawyer said.', [['We will appeal,', null]]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: the hour of the day before a date after the cue ("said late on Wednesday")', () => {
  it.each<[string, [string, string | null][]]>([
    ['Ticket prices at the museum will double next year, the trustees said late on Monday.', [['Ticket prices at the museum will double next year', 'trustees']]],
    ['The factory will close in March, the owners said early on Friday.', [['The factory will close in March', 'owners']]],
    ['The bakery will shut for a month, Ivo Sarn said late Tuesday.', [['The bakery will shut for a month', 'Ivo Sarn']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string | null][]]>([
    // "late" opening the reported clause's subject
    ['The jury was out for hours, and the clerk said late fees would apply.', [['late fees would apply', null]]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: an aside whose content goes on with a verb of saying', () => {
  it.each<[string, M[], string[][]]>([
    ['The delay, he added, suggests a shortage of pilots.', [['he', 'pronoun', 0]],
      [['indirect', 'The delay, he added, suggests a shortage of pilots', 'added']]],
    ['Rents, Ann Lee said, rose sharply.', [['Ann Lee', 'name', 0]], [['indirect', 'Rents, Ann Lee said, rose sharply', 'said']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('still reads ", adding that" after a quote as a second report', () => {
    const qs = runQuotes('“We will win,” he said, adding that the ferry would run.', [['he', 'pronoun', 0]]);
    expect(qs.map(row)).toEqual([['direct', 'We will win,', 'said'], ['indirect', 'the ferry would run', 'adding']]);
  });
});

describe('quotes: a frame after its content', () => {
  it.each<[string, M[], string[][]]>([
    // a clause joined by ", and" after the frame is no content of it
    ['The port will reopen, the mayor told reporters, and the ferry will resume.', [['the mayor', 'description', null]],
      [['indirect', 'The port will reopen', 'told']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[]]>([
    // a fronted time phrase is the frame's adverbial, not a content before it
    ['On Friday, the treasurer declined.', [['the treasurer', 'description', null]]],
    ['Before stepping down, Tom Fenn replied.', [['Tom Fenn', 'name', 0]]],
  ])('takes no fronted adverbial for a content: %s', (text, ms) => {
    expect(runQuotes(text, ms).map((q) => q.text)).not.toContain(text.slice(0, text.indexOf(',')));
  });

  it('still reads a fronted clause as the content: In May, prices rose, she said.', () => {
    expect(runQuotes('In May, prices rose, she said.', [['she', 'pronoun', null]]).map(row)).toEqual([['indirect', 'In May, prices rose', 'said']]);
  });
});

describe('quotes: the writer\'s verdict on the act after the frame (", in a move that ...")', () => {
  it.each<[string, [string, string | null][]]>([
    ['Bus fares will rise by 10 per cent, the transit board said on Tuesday, in a move that commuters deplored.', [['Bus fares will rise by 10 per cent', 'the transit board']]],
    ['The brewery will close next year, the owners said on Thursday, in a blow to the village.', [['The brewery will close next year', 'owners']]],
    ['The museum will stay shut until May, its director said, in what staff called a relief.', [['The museum will stay shut until May', "the museum's director"], ['a relief', 'staff']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string | null][]]>([
    // "in a" opening where it was said, with no verdict noun: the frame's own adverbial
    ['The museum will stay shut until May, its director said in a radio interview.', [['The museum will stay shut until May', "the museum's director"]]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
