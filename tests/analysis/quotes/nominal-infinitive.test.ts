// A possessed noun's infinitive as its clause's subject ends before the main verb (quotes/nominal-infinitive.ts);
// as an object, or with no main verb the scan knows, it keeps the end it was given (here: the sentence's end).
import { describe, expect, it } from 'vitest';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { subjectInfinitiveEnd } from '../../../src/analysis/quotes/nominal-infinitive.js';

/** The content from the "to" after the text's first noun cue, to the end the function gives (given: the full stop). */
const content = (text: string): string | null => {
  const cue = findNounCues(text, () => false)[0];
  if (cue === undefined) return null;
  const start = text.indexOf('to ', cue.end);
  const end = text.lastIndexOf('.');
  return text.slice(start, subjectInfinitiveEnd(text, cue.start, start, end, 0));
};

describe('a subject infinitive ends before the main verb', () => {
  it.each([
    ['Her claim to have won the race was false.', 'to have won the race'],
    ['His pledge to cut fares and raise pay is popular.', 'to cut fares and raise pay'],
    ["Ola Sand's vow to ensure wards are staffed has won praise.", 'to ensure wards are staffed'],
    ['In May, her threat to quit the board drew a rebuke.', 'to quit the board'],
    ['Nobody asked whether her claim to be a reformer would hold.', 'to be a reformer'],
    ['The tolls and their promise to fix the road were debated.', 'to fix the road'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // an object noun: the finite verb is inside the infinitive's own clause
    ['He repeated his pledge to make sure schools are funded.', 'to make sure schools are funded'],
    ['Voters liked her vow to ensure wards are staffed.', 'to ensure wards are staffed'],
    // a clause of its own inside the infinitive: its verbs are not the main verb
    ['Her vow to help families who were flooded.', 'to help families who were flooded'],
    // no main verb the scan knows
    ['His threat to sue the paper fits a pattern.', 'to sue the paper fits a pattern'],
  ])('%s', (text, expected) => {
    expect(content(text)).toBe(expected);
  });
});
