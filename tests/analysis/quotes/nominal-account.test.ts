// What "by X's own account" vouches for (quotes/nominal-account.ts accountContent): after the phrase's comma, the rest of
// the sentence; with the phrase at the end, the clause before its comma; the possessor is the source. Invented
// one-sentence texts, with the cue as cues/nominal-account.ts finds it.
import { describe, expect, it } from 'vitest';
import { findAccountCues } from '../../../src/analysis/cues/nominal-account.js';
import { accountContent } from '../../../src/analysis/quotes/nominal-account.js';

/** [content, source] for the text's first account cue (null: no cue, or no content). */
const read = (text: string): [string, string] | null => {
  const cue = findAccountCues(text, () => false)[0];
  const c = cue === undefined ? null : accountContent(text, cue, 0, text.length);
  return c === null || c.source === null ? null : [text.slice(c.start, c.end), text.slice(c.source.start, c.source.end)];
};

describe('quotes/nominal-account: accountContent', () => {
  it.each([
    // the phrase opening the sentence: the rest of it ("By" is no word of the name)
    ['By her own account, she rowed the lake every morning.', ['she rowed the lake every morning', 'her']],
    ['By Ivo Berg’s count, the club has 400 members.', ['the club has 400 members', 'Ivo Berg’s']],
    // after a conjunction and its comma
    ['The nurse ran the ward and, by her own account, missed every holiday.', ['missed every holiday', 'her']],
    // the phrase at the end: the clause before its comma
    ['The club has 400 members, by Ivo Berg’s count.', ['The club has 400 members', 'Ivo Berg’s']],
    ['Rents rose sharply, in the mayor’s view.', ['Rents rose sharply', 'the mayor’s']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // inside a clause, the content would hold the phrase itself
    ['The ferry has made the crossing, by his own count, more than 9,000 times.'],
    // at the end with no comma before "by": no clause set apart for it to vouch for
    ['The club grew fast by her own account.'],
    ['The club grew fast in the coach’s view.'],
  ])('leaves alone: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});
