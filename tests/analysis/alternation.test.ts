import { describe, expect, it } from 'vitest';
import { alternation, firstLetters } from '../../src/analysis/alternation.js';

describe('alternation', () => {
  it.each([
    [['report', 'reports'], 'reports|report'],
    [['data', 'estimate', 'estimates', 'data'], 'estimates|estimate|data'],
    [['poll', 'tally'], 'tally|poll'],
  ])('%j -> %s (longest first, each word once)', (words, expected) => {
    expect(alternation(words)).toBe(expected);
  });

  // what longest-first is for: with no boundary after the alternation, the longer word still wins
  it.each([
    ['the reports show', 'reports'],
    ['the report shows', 'report'],
    ['new estimates', 'estimates'],
  ])('%s: an unanchored match takes %s', (text, expected) => {
    const re = new RegExp(alternation(['report', 'reports', 'estimate', 'estimates']));
    expect(re.exec(text)?.[0]).toBe(expected);
  });
});

describe('firstLetters', () => {
  it.each<[string[], string]>([
    [['twice'], '(?=[t])'],
    [['six', 'seven', 'ten'], '(?=[st])'],
  ])('%j -> %s', (words, expected) => expect(firstLetters(words)).toBe(expected));

  // a lookahead before the list leaves its matches as they were, case-blind included
  it.each<[string, string]>([
    ['Sales rose Sixfold and then tenfold.', 'Sixfold,tenfold'],
    ['A sevenfold rise; not a manifold one.', 'sevenfold'],
  ])('%s', (text, expected) => {
    const words = ['six', 'seven', 'ten'];
    const re = new RegExp(`${firstLetters(words)}\\b(?:${alternation(words)})fold\\b`, 'giu');
    expect(text.match(re)?.join(',')).toBe(expected);
  });

  it.each<[string[]]>([[[]], [['\\bsix']], [['(?:six)']]])('refuses %j: no plain words', (words) => expect(() => firstLetters(words)).toThrow());
});
