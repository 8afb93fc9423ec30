// Where one reported clause ends and the next attribution begins: a comma that closes a quote, a
// question put before the answer, a share of people as a new subject, a participle in the frame of
// an interrupted quote, a verb coordinated with the cue. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a comma inside the closing quote still ends the clause', () => {
  it.each<[string, string[][]]>([
    ['Mayor Ida Strand said that the budget is “a fair deal,” adding that it will pass next week.',
      [['partial', 'the budget is “a fair deal,”', 'said'], ['indirect', 'it will pass next week', 'adding']]],
    // a question put before the answer ends at the comma in its quote, and the answer is the cue's
    ['Asked if the plan was “fair,” 60 percent of drivers said yes.',
      [['partial', 'if the plan was “fair,”', 'Asked'], ['indirect', 'yes', 'said']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a comma inside the quote with the quote going on: the words after it are the speaker's own
    ['Mayor Ida Strand said the budget was “fair, adding jobs and roads.”',
      [['partial', 'the budget was “fair, adding jobs and roads.”', 'said']]],
    ['Asked whether the toll would rise, Ida Strand said no.',
      [['indirect', 'whether the toll would rise', 'Asked'], ['indirect', 'no', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});

describe('quotes: a share of people opens a clause of its own', () => {
  it.each<[string, string[][]]>([
    ['Across the region, 62 percent of nurses said the wards were full, but 30 percent of doctors said they were not.',
      [['indirect', 'the wards were full', 'said'], ['indirect', 'they were not', 'said']]],
    ['Most tenants said rents were too high, and more than 3 in 5 said they would move.',
      [['indirect', 'rents were too high', 'said'], ['indirect', 'they would move', 'said']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a cut that would leave the content nothing but its "that" is no cut
    ['The audit finds that, while 30 percent of staff say the rules are clear, few follow them.',
      [['indirect', 'that, while 30 percent of staff say the rules are clear, few follow them', 'finds']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});

describe('quotes: a participle in the frame of an interrupted quote', () => {
  it('is an attribution of its own beside the quote', () => {
    expect(runQuotes('“We will build it,” Ida Strand said, referring to the bridge. “The money is there.”').map(row)).toEqual([
      ['direct', 'We will build it,” Ida Strand said, referring to the bridge. “The money is there.', 'said'],
      ['indirect', 'the bridge', 'referring to'],
    ]);
  });

  it('leaves alone a participle inside the marks', () => {
    expect(runQuotes('Ida Strand said the firm was “referring to the bridge” in its letter.').map(row)).toEqual([
      ['partial', 'the firm was “referring to the bridge” in its letter', 'said'],
    ]);
  });
});

describe('quotes: a verb coordinated right after the cue', () => {
  it.each(['A candidate who argued and lost would quit.', 'The firm never sought or won a permit.'])('reports nothing: %s', (text) => {
    expect(runQuotes(text).map(row)).toEqual([]);
  });

  it.each<[string, string[][]]>([
    ['Tom Brek praised the plan and said it was fair.', [['indirect', 'the plan', 'praised'], ['indirect', 'it was fair', 'said']]],
    ['Tom Brek said And So On was a fine book.', [['indirect', 'And So On was a fine book', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});

describe('quotes: a claiming participle after "while" or "before"', () => {
  it.each<[string, string[][]]>([
    ['He vowed to cut fares while promising to reopen the pier.', [['indirect', 'to cut fares', 'vowed'], ['indirect', 'to reopen the pier', 'promising']]],
    ['Ada Moss praised the plan before claiming that the vote was rigged.', [['indirect', 'the plan', 'praised'], ['indirect', 'the vote was rigged', 'claiming']]],
  ])('is a second attribution: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it('leaves a participle of a deed inside the content', () => {
    expect(runQuotes('She said she was tired while talking about her garden.').map(row)).toEqual([['indirect', 'she was tired while talking about her garden', 'said']]);
  });
});

describe('quotes: a participle in the frame between two halves of a quote', () => {
  it('ends before the quote reopens, which goes on with the first half', () => {
    const qs = runQuotes('“This,” said Ed Oakes, pointing at the map, “is where the road will go.”');
    expect(qs.map((q) => [q.type, q.quoted.map((f) => f.text)])).toEqual([['direct', ['This,', 'is where the road will go.']]]);
  });

  it('leaves alone a "that" clause that quotes after its comma', () => {
    expect(runQuotes('“It held,” the skipper wrote, adding that her verdict was, “Stay put.”').map(row)).toContainEqual(['partial', 'her verdict was, “Stay put.”', 'adding']);
  });
});
