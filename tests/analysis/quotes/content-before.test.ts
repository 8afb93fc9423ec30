// A description in apposition before the speaker's name right after a closed quote ('“We will appeal,” her
// lawyer, Ana Roe, said') is the subject's, as after a comma: the quote ends at its closing mark, and the
// description is no part of it (quotes/content-before.ts APPOSED_DESCRIPTION). Invented texts, whole analysis.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

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
