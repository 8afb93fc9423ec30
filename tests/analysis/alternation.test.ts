import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/analysis/alternation.js';

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
