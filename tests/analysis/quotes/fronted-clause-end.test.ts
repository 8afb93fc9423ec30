// A cue inside a fronted subordinate clause reports no further than that clause (quotes/fronted-clause-end.ts): here
// the main clause opens with a counted subject ("most", "fewer than half", "300 fans"), where the clause used to be
// swallowed into the promise or announcement before it. Invented texts; the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { contents, runQuotes, type M } from '../quote-run.js';
import type { Entity } from '../../../src/types.js';

const ann: Entity = { name: 'Ann Lee', kind: 'person', roles: ['mayor'], aliases: ['Lee'], gender: 'female' };

const byCue = (text: string, cue: string): string | undefined => analyze({ id: 't', text }).quotes.find((q) => q.cue?.text === cue)?.text;

describe('quotes: a fronted clause ends before a main clause with a counted subject', () => {
  it.each([
    ['Two years after the harbour board promised every pier a lifeguard, fewer than half of the piers have one.', 'promised', 'every pier a lifeguard'],
    ['A year after the club promised fans a new stand, most seats are still missing.', 'promised', 'fans a new stand'],
    ['Before the college announced new fees, most students paid less than half as much.', 'announced', 'new fees'],
    ['When the rowing club pledged to rebuild the boathouse, 300 members signed up to help.', 'pledged', 'to rebuild the boathouse'],
    ['Since the ferry company promised refunds, fewer than half have been paid.', 'promised', 'refunds'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // a list of counted things inside the content goes on to its verb
    ['Although the mayor said two bridges, three roads and a pier were safe, engineers closed them.', 'said', 'two bridges, three roads and a pier were safe'],
    ['After the union said pay, most benefits or leave were unfair, talks resumed.', 'said', 'pay, most benefits or leave were unfair'],
    // an aside with a count, closed by its own comma, stays inside the content
    ['Since the agency reported that 40 people, most of them children, had been hurt, the clinic has stayed open.', 'reported',
      '40 people, most of them children, had been hurt'],
    // no fronted clause: a counted clause after a comma is part of what was said
    ['The mayor said that in the storm, most roads were closed.', 'said', 'in the storm, most roads were closed'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});

// More openers of a fronted clause ("Now that", "A night after", "As" before a cue that takes its own clause), and more
// main clauses after its comma (a verb with an irregular past, a pronoun with its auxiliary run on: "they'd").
describe('quotes: more fronted clauses and main clauses after them', () => {
  it.each([
    ['Now that the mayor has claimed that the pier is unsafe, the council faces a costly repair.', 'has claimed', 'the pier is unsafe'],
    ['A night after the coach hinted that he might resign, the club held a crisis meeting.', 'hinted', 'he might resign'],
    ['As the minister announces that the border will reopen, the truckers are lining up.', 'announces', 'the border will reopen'],
    ['Even if the board believes the tram is too slow, they\'d have little power to stop it.', 'believes', 'the tram is too slow'],
    ['After the grocers warned that prices would rise, Ms. Berg gave shoppers a discount.', 'warned', 'prices would rise'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // "As X said, ...": the main clause is what was said
    ['As the minister said, the border will reopen in May.', 'said', 'the border will reopen in May'],
    // no opener: a clause after a comma is part of what was said
    ['The grocers warned that prices would rise, and Ms. Berg gave shoppers a discount.', 'warned', 'prices would rise, and Ms. Berg gave shoppers a discount'],
  ])('leaves alone: %s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });
});

describe('quotes: a fronted participle clause ends at its comma', () => {
  it('ends an adverbial participle clause at its comma, so the main clause keeps its own cue', () => {
    const text = 'While discussing the budget, Ann Lee said the bridge will open in May.';
    const qs = runQuotes(text, [['Ann Lee', 'name', 0]], [ann]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([
      ['the budget', 'discussing'],
      ['the bridge will open in May', 'said'],
    ]);
  });
});

// (hand-built mentions, quote-run.ts)
describe('quotes: a cue inside a fronted subordinate clause', () => {
  it.each<[string, M[], string[]]>([
    ['Since the mayor said in May that rents would fall, the party has slipped.', [['the mayor', 'description', null]], ['rents would fall']],
    ['Although Ida Moss claimed the bridge was safe, engineers closed it.', [['Ida Moss', 'name', 0], ['engineers', 'group', null]],
      ['the bridge was safe']],
    ['When the board announced it would cut 40 jobs, Ben Hale resigned.', [['the board', 'description', null], ['Ben Hale', 'name', 0]],
      ['it would cut 40 jobs']],
  ])('ends its content at the main clause: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // "As X said, ...": the main clause is what was said
    ['As the mayor said, rents will fall.', [['the mayor', 'description', null]], ['rents will fall']],
    // a list inside the content is no main clause
    ['If the union says that pay, hours and leave are unfair, talks will resume.', [['the union', 'description', null]],
      ['pay, hours and leave are unfair']],
    ['Because Tom Vas said that prices, wages and rents rose, the bank waited.', [['Tom Vas', 'name', 0]],
      ['prices, wages and rents rose']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});
