// The words around a frame that are neither speaker nor content: the one told, a linking adverb,
// the "and" inside a body's name, a long title after an inverted cue, a circumstance clause, a participle
// with its agent, a relative aside ("according to" in mid-sentence: quotes/according-to-clauses.test.ts).
// Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];
const rows = (text: string, ms: M[] = []) => runQuotes(text, ms).map(row);
const CRITICS: M[] = [['critics', 'group', null]];

describe('quotes: the listener of "tell" before a reported clause', () => {
  it.each<[string, string[][]]>([
    ['Finance chief Ana Ruiz told investors the company would cut costs.', [['indirect', 'the company would cut costs', 'told']]],
    ['Prof Ida Lau told the Courier the results were “striking”.', [['partial', 'the results were “striking”', 'told']]],
    ['Ida Strand told voters this week she would run again.', [['indirect', 'she would run again', 'told']]],
    ['Tom Brek told reporters, “We are not done.”', [['direct', 'We are not done.', 'told']]],
    // a listener named by several capitalised words, "The" among them
    ['Ida Strand told The Tarnby Courier the pier would close.', [['indirect', 'the pier would close', 'told']]],
    ['Ida Strand told Harbour Radio Live the pier was shut.', [['indirect', 'the pier was shut', 'told']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // no finite verb after the object: the object is the content
    ['Tom Brek told the story of the flood.', [['indirect', 'the story of the flood', 'told']]],
    // a named listener, then a named subject: the lazy reading keeps the first name as the listener
    ['Tom Brek told Reuters Ida Strand would run.', [['indirect', 'Ida Strand would run', 'told']]],
    // a relative clause before the comma: no listener
    ['Tom Brek told about a friend who wrote, “Stay home.”', [['partial', 'a friend who wrote, “Stay home.”', 'told about']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: a linking adverb after the cue', () => {
  it.each<[string, string[][]]>([
    ['He cautioned, however, that the survey was small.', [['indirect', 'the survey was small', 'cautioned']]],
    ['She said, though, the fund would last.', [['indirect', 'the fund would last', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves alone "however" opening a clause', () => {
    expect(rows('She said however she voted, the result would stand.')).toEqual([['indirect', 'however she voted, the result would stand', 'said']]);
  });
});

describe('quotes: the subject and speaker after the content', () => {
  it.each<[string, string[][]]>([
    // "and" inside a body's name after "the"
    ['Grants for 300 farms will be doubled, the Soil and Water Agency said on Monday.', [['indirect', 'Grants for 300 farms will be doubled', 'said']]],
    // a long title of capitalised words after an inverted cue
    ['Fares will rise next year, said Deputy Minister for Coastal Transport Ola Vint.', [['indirect', 'Fares will rise next year', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves alone "and" between a place and a name', () => {
    expect(rows('Prices rose in Dunmore and Ann Lee said she would sell.')).toEqual([['indirect', 'she would sell', 'said']]);
  });
});

describe('quotes: a circumstance clause is no content', () => {
  it.each(['The mayor apologised after the vote was delayed.', 'The club has apologised following a row over tickets.'])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each<[string, string[][]]>([
    ['Ann Lee said after the vote that rents would rise.', [['indirect', 'rents would rise', 'said']]],
    ['Ann Lee said since rents rose, wages must too.', [['indirect', 'since rents rose, wages must too', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes: asides between subject and cue', () => {
  it.each<[string, string[][]]>([
    // a participle with its agent is an aside: the subject is before it
    ['The report, seen by the Courier, says the clinic missed its targets.', [['indirect', 'the clinic missed its targets', 'says']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // an object relative between commas or dashes ends where the main clause goes on
    ['The levy, which critics say is unfair, was passed.', [['indirect', 'which critics say is unfair', 'say']]],
    ['The levy — which critics say will cost $3 million — was passed on Friday.', [['indirect', 'which critics say will cost $3 million', 'say']]],
  ])('%s', (text, expected) => {
    expect(rows(text, CRITICS)).toEqual(expected);
  });

  it('reads a relative clause closed by a comma as an aside, whatever it names: the cue after it is the main verb', () => {
    expect(rows('The Water Standards Board, which regulates well owners, said it was aware of the leak.', [['well owners', 'group', null]])).toEqual([
      ['indirect', 'it was aware of the leak', 'said'],
    ]);
  });

  it('leaves alone a relative clause whose comma is followed by more of it', () => {
    expect(rows('He backed a levy, which critics say is unfair, costly and late.', CRITICS).filter((r) => r[2] === 'say')).toEqual([
      ['indirect', 'which critics say is unfair, costly and late', 'say'],
    ]);
  });
});

describe('quotes: the one asked before a question word', () => {
  it.each<[string, string[][]]>([
    ['We asked her what had changed.', [['indirect', 'what had changed', 'asked']]],
    ['Ida Lund asked Tom Fenn whether the road was safe.', [['indirect', 'whether the road was safe', 'asked']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('leaves alone "asked them to": the infinitive keeps its subject', () => {
    expect(rows('She asked them to leave.')).toEqual([['indirect', 'them to leave', 'asked']]);
  });
});

describe('quotes: the one told with no clause', () => {
  it.each(['Ida Lund told Reuters.', 'Ida Lund told the Courier on Monday.'])('reports nothing: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each<[string, string[][]]>([
    ['Ida Lund told the truth.', [['indirect', 'the truth', 'told']]],
    ['“We will win,” Ida Lund told Reuters.', [['direct', 'We will win,', 'told']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
