// "by X's own account" names a source as "according to X" does (cues/nominal-account.ts, quotes/nominal-account.ts):
// the cue is the noun (with "own"), the possessor the source, the clause beside the phrase the content.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, speaker, content] of the record whose rule is 'noun-account', or null. */
const account = (text: string): [string, string | null, string] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-account');
  return q === undefined ? null : [q.cue?.text ?? '', q.speaker, q.text];
};

describe('by X\'s own account: a source and its clause', () => {
  it.each([
    ["By Ivo Berg's own count, the club has 400 members.", ['own count', 'Ivo Berg', 'the club has 400 members']],
    ["By the agency's estimate, 40,000 people left the valley.", ['estimate', 'the agency', '40,000 people left the valley']],
    ["The ferry has sailed 9,000 times, by Ada Kim's reckoning.", ['reckoning', 'Ada Kim', 'The ferry has sailed 9,000 times']],
    ["Ada Kim ran the depot and, by her own admission, lost money every year.", ['own admission', 'Ada Kim', 'lost money every year']],
    // a body's name keeps its article: "by the Weather Office's"
    ["By the Weather Office's count, the storm dropped 14 inches of snow.", ['count', 'Weather Office', 'the storm dropped 14 inches of snow']],
    ["The club has won 40 straight home games, by the Harbor Gazette's tally.", ['tally', 'Harbor Gazette', 'The club has won 40 straight home games']],
  ])('%s', (text, expected) => {
    expect(account(text)).toEqual(expected);
  });
});

// "in X's view" names whose belief the clause beside it is, as "in the view of X" does
describe('in X\'s view: a holder and its clause', () => {
  it.each([
    ["In the coach's view, the team lacked fitness in the second half.", ['view', null, 'the team lacked fitness in the second half']],
    ['The team lacked fitness in the second half, in the coach\'s view.', ['view', null, 'The team lacked fitness in the second half']],
    ["In the Harbor Board's opinion, the pier can reopen in May.", ['opinion', 'Harbor Board', 'the pier can reopen in May']],
    ['Mara Lind runs the bakery and, in her own view, makes the best bread in town.', ['own view', 'Mara Lind', 'makes the best bread in town']],
  ])('%s', (text, expected) => {
    expect(account(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // the writer's hedge: nobody named
    'By all accounts, the talks went well.',
    // inside a clause: the content would hold the phrase
    "Ivo Berg has made the crossing, by his own count, more than 600 times.",
    // no possessor: a count of something
    'The vote was decided by a count of 12 to 9.',
    // "by" as the agent of a passive, the noun its object
    "The total was checked by the clerk's count of the ballots.",
    "The figures were checked by the Ferry Authority's count on Tuesday.",
    "The transfer was approved by the Harbor Board's account manager.",
    // a view looked at, not held: the noun has its own object
    "In his view of the harbour, the painter used only three colours.",
    // inside a clause: the content would hold the phrase
    'The plan, in her view, was flawed.',
  ])('%s', (text) => {
    expect(account(text)).toBeNull();
  });
});
