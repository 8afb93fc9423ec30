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
  ])('%s', (text) => {
    expect(account(text)).toBeNull();
  });
});
