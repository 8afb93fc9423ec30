// Where a content stops short of words that are not what was said: the main verb after a subject's
// relative clause between commas, a second source opened by ", but according to", and a second cue
// that is only an adverb said twice. Invented texts (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a content stops before words that are not reported', () => {
  it.each<[string, string[][], M[]?]>([
    ['The mayor, who has long said the plan works, was re-elected.',
      [['indirect', 'the plan works', 'has long said']], [['The mayor', 'description', null]]],
    ['Ada Berg, who said the fares were unfair, voted against them on Monday.',
      [['indirect', 'the fares were unfair', 'said']]],
    // an irregular past before its object is the main verb as much as one in -ed
    ['The inspector, who said the bridge was sound, took the train home.',
      [['indirect', 'the bridge was sound', 'said']]],
    ['Ola Veen, who has argued the tax is too low, left the party in May.',
      [['indirect', 'the tax is too low', 'has argued']]],
    ['The mayor said the bridge was safe, but according to the engineers it needs repairs.',
      [['indirect', 'the bridge was safe', 'said'], ['indirect', 'it needs repairs', 'according to']],
      [['The mayor', 'description', null], ['the engineers', 'description', null]]],
    ['She said that she truly, truly hopes to win.',
      [['indirect', 'she truly, truly hopes to win', 'said']]],
  ])('%s', (text, expected, ms = []) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, string[][], M[]?]>([
    // a comma inside the content before the main verb: the clause may hold an aside, so it runs on
    ['Ada Berg, who said the plan, drawn up in May, was unfair, voted against it.',
      [['indirect', 'the plan, drawn up in May, was unfair, voted against it', 'said']]],
    // an irregular past with no determiner after the comma is a participle of the aside ("cut twice")
    ['Ada Berg, who said the budget, cut twice already, was too small, chaired the board.',
      [['indirect', 'the budget, cut twice already, was too small, chaired the board', 'said']]],
    // two different adverbs: the second cue is one of its own
    ['Ada Berg said the vote was close, and quietly noted the gap.',
      [['indirect', 'the vote was close', 'said'], ['indirect', 'the gap', 'quietly noted']]],
  ])('leaves alone: %s', (text, expected, ms = []) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
