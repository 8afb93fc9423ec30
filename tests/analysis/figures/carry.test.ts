// What a bare number carries from the figure it answers (src/analysis/figures/carry.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

function figure(text: string, span: string) {
  const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === span);
  expect(f, `${span} in ${text}`).toBeDefined();
  return { kind: f!.kind, unit: f!.unit, subject: f!.subject };
}

describe('carry: a number compared with an amount takes its kind and unit', () => {
  it.each<[string, string, { kind: string; unit: string | null }]>([
    ['Fares cost 40 billion rupees, up from 31 billion a year ago.', '31 billion', { kind: 'money', unit: 'rupee' }],
    ['Sales reached $8 million, compared with 6.5 million in 2021.', '6.5 million', { kind: 'money', unit: 'USD' }],
    ['Turnout hit 71%, down from 64 at the last vote.', '64', { kind: 'percent', unit: '%' }],
    ['The span is 300 metres, against 250 for the old bridge.', '250', { kind: 'measure', unit: 'm' }],
  ])('%s (%s)', (text, span, want) => expect(figure(text, span)).toMatchObject(want));

  it.each<[string, string]>([
    // no comparing word: two separate figures
    ['Fares cost $40 billion and 31 ferries sail daily.', '31'],
    // a new sentence starts over
    ['Fares cost $40 billion. From 31 ports, ferries sail daily.', '31'],
  ])('leaves alone: %s (%s)', (text, span) => expect(figure(text, span)).toMatchObject({ kind: 'count', unit: null }));
});

describe('carry: a spelled fraction set against a percentage is that share in percent', () => {
  const valued = (text: string, span: string) => {
    const f = extractFigures(text).find((c) => text.slice(c.start, c.end) === span);
    expect(f, `${span} in ${text}`).toBeDefined();
    return { kind: f!.kind, unit: f!.unit, value: f!.value };
  };
  it.each<[string, string, number]>([
    ['Renters are now 36% of voters, up from a quarter in 2010.', 'a quarter', 25],
    ['Cycling makes up 12% of trips, compared with a tenth before the lanes opened.', 'a tenth', 10],
    ['Approval stood at 41%, down from almost half in the spring.', 'almost half', 50],
  ])('%s (%s is %d%%)', (text, span, value) => expect(valued(text, span)).toEqual({ kind: 'percent', unit: '%', value }));

  it.each<[string, string]>([
    // against money or a measure a fraction names no amount of its own
    ['The fund holds $3 billion, up from a third of that in 2015.', 'a third'],
    // no comparing word
    ['Turnout was 58% and a fifth of ballots came by post.', 'a fifth'],
  ])('leaves alone: %s (%s)', (text, span) => expect(valued(text, span).kind).toBe('count'));
});

describe('carry: a count whose noun was left out takes the noun of the count before it', () => {
  it.each<[string, string, string]>([
    ['Ames has 40 delegates and Cole has 12.', '12', 'delegates'],
    ['Ames won 40 seats, and Cole won 12 on Monday.', '12', 'seats'],
    ['The firm has 900 staff, down from 1,100 in 2019.', '1,100', 'staff'],
    ['Pim took 44 percent of the vote and Oda 31 percent.', '31 percent', 'vote'],
  ])('%s (%s -> %s)', (text, span, subject) => expect(figure(text, span).subject).toBe(subject));

  it.each<[string, string]>([
    // "N of": the noun before names it ("a fleet of 40")
    ['Ames has 40 delegates, out of a pool of 900.', '900'],
    // another sentence
    ['Ames has 40 delegates. Cole has 12.', '12'],
    // a word after the number that is not the end of its clause
    ['Ames has 40 delegates and Cole has 12 more than last year.', '12'],
  ])('leaves alone: %s (%s)', (text, span) => expect(figure(text, span).subject).toBeNull());
});

describe('carry: a percentage restating a change takes its direction', () => {
  const qual = (text: string, span: string) => extractFigures(text).find((c) => text.slice(c.start, c.end) === span)?.qualifier;
  it.each<[string, string, string]>([
    ['Crude settled up $1.84, or 2.1%, at $88.20.', '2.1%', 'up'],
    ['The Delmar index rose 96 points, or 1.4%, to 7,010.', '1.4%', 'up'],
    ['Shares of Pellwick fell $2.60, or 5 percent, on Friday.', '5 percent', 'down'],
  ])('%s', (text, span, want) => {
    expect(qual(text, span)).toBe(want);
  });
  it.each<[string, string]>([
    ['Sales were $3 billion, or 14% of the total.', '14%'],
    ['The firm rose to third, with 9%, and then 12%.', '12%'],
  ])('leaves alone: %s', (text, span) => {
    expect(qual(text, span)).toBe('exact');
  });
});
