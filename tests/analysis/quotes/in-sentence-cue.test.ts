import { describe, expect, it } from 'vitest';
import { inSentenceCue } from '../../../src/analysis/quotes/in-sentence-cue.js';
import { runQuotes } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

// The cue read between a sentence's subject and a quote no cue pass attributed (quotes/in-sentence-cue.ts).
// Each row: the text, the subject as written (its first occurrence), and the cue expected (null: none).
const cueOf = (text: string, subject: string): string | null => {
  const end = text.indexOf(subject) + subject.length;
  const open = text.search(/[“"']/);
  return inSentenceCue(text, end, open)?.text ?? null;
};

describe('quotes: the cue of a quote its sentence\'s subject is given', () => {
  it.each([
    ['Union chief Ada Moor termed the offer “a cruel joke from a failing board” on Monday.', 'Ada Moor', 'termed'],
    ['Coach Tom Fenn broke down the defeat in plain words for the local radio station: “We were slow and tired.”', 'Tom Fenn', 'broke down'],
    ['Harbour pilot Ida Lind: Storm “came out of nowhere and hit the pier hard”', 'Ida Lind', ':'],
    ['The farmer Bo Strand summed up the season, “Too wet to plant, too dry to grow.”', 'Bo Strand', 'summed up'],
  ])('%s', (text, subject, cue) => {
    expect(cueOf(text, subject)).toBe(cue);
  });

  it.each([
    // a place or path after the verb: the quote is someone else's words
    ['Mayor Bo Lind walked into the hall to chants of “four more years, four more years” from the crowd.', 'Bo Lind'],
    // another clause between the verb and the quote
    ['The striker Ode Banda scored twice as fans sang “there is only one Banda in this town”.', 'Ode Banda'],
    // a present "-s" after a name is as often a noun, and no verb at all is no cue
    ['Club rules bar fans from the “family stand” after nine.', 'Club'],
    ['Ivo Sarn everywhere he went, “a man of the people” to his fans.', 'Ivo Sarn'],
  ])('leaves alone: %s', (text, subject) => {
    expect(cueOf(text, subject)).toBeNull();
  });
});

describe('quotes: an in-sentence quote carries that cue', () => {
  const moor: Entity = { name: 'Ada Moor', kind: 'person', roles: [], aliases: ['Moor'], gender: 'female' };
  it('gives the quote the verb after its subject', () => {
    const quotes = runQuotes('Union chief Ada Moor termed the offer “a cruel joke from a failing board” on Monday.', [['Ada Moor', 'name', 0]], [moor]);
    expect(quotes.map((q) => [q.rule, q.cue?.text ?? null, q.speaker])).toEqual([['in-sentence', 'termed', 'Ada Moor']]);
  });
});
