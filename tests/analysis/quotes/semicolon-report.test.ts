// "A say X; Y, B show.": a second report that closes the sentence after a comma takes the clause after the
// semicolon, and the first content ends at the semicolon (quotes/content-end.ts, content-before.ts).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { contents, type M } from '../quote-run.js';

const FANS: M[] = [['Fans', 'group', null]];

describe('quotes: a semicolon before a second report that closes the sentence', () => {
  it.each<[string, string[]]>([
    ['Fans say the stand is unsafe; only 40 seats have been checked, club records show.', ['the stand is unsafe', 'only 40 seats have been checked']],
    ['Fans say the stand is unsafe; only 40 seats have been checked, the steward said on Sunday.', ['the stand is unsafe', 'only 40 seats have been checked']],
  ])('%s', (text, expected) => {
    expect(contents(text, FANS)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the second cue has its clause after it: the first content keeps the semicolon's clause
    ['Fans say the stand is unsafe; only 40 seats have been checked, the steward said he was sorry.', ['the stand is unsafe; only 40 seats have been checked', 'he was sorry']],
    // a conjunction before the second subject: a new clause of its own, as before
    ['Fans say the stand is unsafe; only 40 seats have been checked, but the steward said more would follow.', ['the stand is unsafe; only 40 seats have been checked', 'more would follow']],
  ])('leaves alone: %s', (text, expected) => {
    expect(contents(text, FANS)).toEqual(expected);
  });
});
