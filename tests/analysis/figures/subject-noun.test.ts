// The noun phrase before a figure's verb (figures/subject-noun.ts): headBefore, the words it reads (wordsBefore), and
// the subject before a level noun ("hit a two-year high"). Invented phrases, as word lists.
import { describe, expect, it } from 'vitest';
import { beforeLevelNoun, headBefore, wordsBefore } from '../../../src/analysis/figures/subject-noun.js';

const words = (phrase: string): string[] => phrase.split(' ');

describe('figures/subject-noun: headBefore', () => {
  it.each([
    // a phrase of place or of whom after the head is cut; what an "of" names stays in
    ['Sea levels in the region', 'Sea levels'],
    ['Vaccination rates among infants in Tarvia', 'Vaccination rates'],
    ['Shares of Norvik', 'Shares of Norvik'],
    ['the number of flu cases', 'number of flu cases'],
    // a relative clause is cut, and so is a period named by its place
    ['the share of voters who back him', 'share of voters'],
    ['The budget for next year', 'budget'],
    // after the last verb; a month before the head says when
    ['the report shows revenue', 'revenue'],
    ['its October forecast', 'forecast'],
    // a capitalised adjective with a word before it is a noun
    ['Brent crude', 'Brent crude'],
  ])('%s -> %s', (phrase, want) => {
    expect(headBefore(words(phrase), true)).toBe(want);
  });

  it.each([
    // no head before a preposition's noun; a comparative heads no phrase
    ['had in fact'],
    ['the highest'],
  ])('leaves alone: %s', (phrase) => {
    expect(headBefore(words(phrase), true)).toBeNull();
  });

  it('without the cut, the phrase after the preposition is read', () => {
    expect(headBefore(words('Sea levels in the region'), false)).toBe('region');
  });
});

describe('figures/subject-noun: beforeLevelNoun and wordsBefore', () => {
  it.each([
    ['Copper prices hit a two-year high', 'Copper prices'],
    ['Shares fell to a record low', 'Shares'],
    // the shape with no words before the verb: no subject
    ['hit a high', null],
  ])('beforeLevelNoun: %s', (phrase, want) => {
    expect(beforeLevelNoun(words(phrase))).toBe(want);
  });

  it.each([
    // no level noun, or no verb of reaching before its article: not this shape
    ['Copper prices hit a wall'],
    ['The town saw a high'],
  ])('beforeLevelNoun leaves alone: %s', (phrase) => {
    expect(beforeLevelNoun(words(phrase))).toBeUndefined();
  });

  it.each([
    ['Revenue at the bakery chain', ['Revenue', 'at', 'the', 'bakery', 'chain']],
    // none across a number or punctuation; a line break and an opening mark end the run
    ['In 2020, 45', []],
    ['brands.\n\nRevenue', ['Revenue']],
    ['the “corn price', ['corn', 'price']],
  ])('wordsBefore(%j)', (window, want) => {
    expect(wordsBefore(window, window.length)).toEqual(want);
  });
});
