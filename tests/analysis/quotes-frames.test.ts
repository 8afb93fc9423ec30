// The words around a frame that are neither speaker nor content: the one told, a linking adverb,
// the "and" inside a body's name, a long title after an inverted cue, a source's apposition, a
// circumstance clause, a participle with its agent, a relative aside. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from './quote-run.js';

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

describe('quotes: "according to" in mid-sentence and with a name in apposition', () => {
  it.each<[string, string[][]]>([
    ['Budgets rose by 2 per cent, but according to the nurses’ union, that is a cut.', [['indirect', 'that is a cut', 'according to']]],
    ['Prices rose and, according to the union, wages fell.', [['indirect', 'wages fell', 'according to']]],
    ['According to the regulator, Tellmark, complaints doubled last year.', [['indirect', 'complaints doubled last year', 'According to']]],
    // after a colon the source opens a clause of its own too
    ['The verdict is in: according to the auditors, the port lost money again.', [['indirect', 'the port lost money again', 'according to']]],
    ['It has not gone unnoticed: According to two surveys, Orla Venn trails in the valley.', [['indirect', 'Orla Venn trails in the valley', 'According to']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // another cue's report first, then a last relative or conjoined clause: the source vouches for that clause alone,
  // and the earlier cue keeps its own record
  it.each<[string, string[][]]>([
    ['Farmers denounced the levy, which would cut water use by a third, according to state officials.',
      [['indirect', 'the levy, which would cut water use by a third', 'denounced'], ['indirect', 'which would cut water use by a third', 'according to']]],
    ['Ivo Berg says the gap can still close, which stood at 40 votes in May, according to the clerk.',
      [['indirect', 'the gap can still close, which stood at 40 votes in May', 'says'], ['indirect', 'which stood at 40 votes in May', 'according to']]],
    ['The mayor said the mill would close, but 200 jobs would stay, according to union leaders.',
      [['indirect', 'the mill would close, but 200 jobs would stay', 'said'], ['indirect', '200 jobs would stay', 'according to']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    ['Wages fell last year, according to the union.', [['indirect', 'Wages fell last year', 'according to']]],
    // a colon earlier in the sentence, the source after its content: the content is before it
    ['Two things stand out: the cost and the delay, according to the council.', [['indirect', 'Two things stand out: the cost and the delay', 'according to']]],
    // a relative clause with no cue before it: the source vouches for the whole sentence
    ['Prices rose 4 percent, which is the fastest pace in a decade, according to the statistics office.',
      [['indirect', 'Prices rose 4 percent, which is the fastest pace in a decade', 'according to']]],
    // a relative clause in the middle: the last chunk is no clause of its own
    ['Officials said the fire, which began on Tuesday, had reached 40 homes, according to the county.',
      [['indirect', 'Officials said the fire, which began on Tuesday, had reached 40 homes', 'according to']]],
    // the cue before the last clause sits in a relative clause, no report of the main clause: the whole sentence
    ['Tenants who complained about the damp met the landlord, and repairs began in March, according to the housing board.',
      [['indirect', 'Tenants who complained about the damp met the landlord, and repairs began in March', 'according to']]],
    ['Shares in the carrier, which warned of weak bookings, fell 6 percent, and the index slipped, according to exchange data.',
      [['indirect', 'Shares in the carrier, which warned of weak bookings, fell 6 percent, and the index slipped', 'according to']]],
    // after a name, a second name opens the content
    ['According to Ann Lee, Tom Fenn lied.', [['indirect', 'Tom Fenn lied', 'According to']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
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
