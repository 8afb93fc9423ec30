import { describe, expect, it } from 'vitest';
import { nounPhrase } from '../../../src/analysis/mentions/noun-phrase.js';

const np = (phrase: string): string | null => {
  const r = nounPhrase(phrase, 0, phrase.length);
  return r === null ? null : phrase.slice(r.start, r.end);
};

describe('mentions: noun phrases in the speaker position', () => {
  it.each([
    ['A regional appeals court', 'A regional appeals court'],
    ['Exit polls', 'Exit polls'],
    ['Exit polls taken in Westmark', 'Exit polls taken in Westmark'],
    ['Nearly half', 'Nearly half'],
    ['About 4 in 10', 'About 4 in 10'],
    ['And analysts', 'analysts'],
    ['another', 'another'],
    ['this finding', 'this finding'],
    ['canvassing volunteers', 'canvassing volunteers'],
    ['With polls', 'polls'],
    ['The nearly 40-minute film', 'The nearly 40-minute film'],
    ['Dunmore’s initial estimates', 'Dunmore’s initial estimates'],
    // an adjective-or-noun after a noun heads the phrase
    ['the tech giant', 'the tech giant'],
    ['The section of the report devoted to wages', 'The section of the report devoted to wages'],
    // an -ly word the lexicon knows only as a noun heads the phrase
    ["the clerk's tally", "the clerk's tally"],
    ['an unofficial tally', 'an unofficial tally'],
    ['the reply', 'the reply'],
  ])('keeps %j as %j', (phrase, expected) => {
    expect(np(phrase)).toBe(expected);
  });

  it.each([
    ['and'],
    ['has been open'],
    ['debating a disputed'],
    ['a small party was held'],
    ['The book includes chapters of'],
    ['There is little'],
    ['mailed out a stack of angry'],
    ['drawing on savings'],
    ['By the time those votes'],
    ['Thursday'],
    ['together'],
    ['supportive of Mr'],
    ['the fee is “unfair”'],
    ['Keeps'],
    ['The central'],
    // a capitalised adjective alone
    ['Federal'],
    ['Liberal'],
    ['a very controversial'],
    // an -ly adverb or adjective is no head
    ['the party recently'],
    ['an unusually'],
    ['the costly'],
    ['The weekly'],
  ])('refuses %j', (phrase) => {
    expect(np(phrase)).toBeNull();
  });

  it.each([
    ['Some', 'Some'],
    ['Several', 'Several'],
  ])('takes a bare quantifier %j as a group', (phrase, expected) => {
    expect(np(phrase)).toBe(expected);
  });
});
