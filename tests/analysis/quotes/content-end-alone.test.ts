// Where a content ends with no later cue to end it (quotes/content-end-alone.ts): a participle's aside between commas on
// the sentence's subject says no more than the aside; the comma before the main verb ends it, as it ends a relative
// clause between commas on any noun phrase. Whole pipeline, [content, cue] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { runQuotes, type M } from '../quote-run.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes/content-end-alone: a participle aside on the subject ends before the main verb', () => {
  it.each<[string, string[][]]>([
    ['Inspectors, noticing that the seal had failed, closed the plant.', [['the seal had failed', 'noticing']]],
    ['The pilot, realising that the runway was icy, turned back to the gate.', [['the runway was icy', 'realising']]],
    ['Residents, fearing the river would burst its banks, moved their cars to higher ground.', [['the river would burst its banks', 'fearing']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-alone: a participle aside, leaves alone', () => {
  it.each<[string, string[][]]>([
    // no main verb after the aside's first comma: a list in the content runs on (to the later cue here)
    ['The mayor, insisting that the budget was sound, the deficit small and the reserves full, refused to cut the grant.',
      [['the budget was sound, the deficit small and the reserves full', 'insisting'], ['to cut the grant', 'refused']]],
    // a participle after a fronted clause, not after the subject, is no aside on it
    ['After the storm, fearing the river would rise, families moved to the hall.', [['the river would rise, families moved to the hall', 'fearing']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-alone: a relative clause between commas ends before its antecedent\'s verb', () => {
  it.each<[string, string[][]]>([
    // a noun phrase far from the sentence's start, with its own relative clause
    ['After a long appeal the record fine levied by the league, which argued the club had cheated, was paid in full.',
      [['the club had cheated', 'argued']]],
    // an irregular past before an object pronoun is the main verb too
    ['The inspector, who said the bridge was sound, left it open.', [['the bridge was sound', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each<[string, string[][]]>([
    // a relative clause on an object: no main verb after its first comma, so a list in the content runs on
    ['The council thanked the nurses, who said the wards were clean, tidy and calm.',
      [['the nurses', 'thanked'], ['the wards were clean, tidy and calm', 'said']]],
    // an irregular past with no object after it stays in the content ("cut twice" describes the budget)
    ['The board, which said the budget, cut twice already, was too small, met on Monday.',
      [['the budget, cut twice already, was too small, met on Monday', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes: a cue inside parentheses', () => {
  it.each([
    ['The mayor missed the vote (her aides later said that she was ill) and left early.', 'she was ill'],
    ['The mayor missed the vote (she said she was ill).', 'she was ill'],
    ['The mayor sent a note (she said it was short) to the board, which was pleased.', 'it was short'],
  ])('ends its content at the closing parenthesis: %s', (text, content) => {
    expect(runQuotes(text, [['she', 'pronoun', null]]).map((q) => q.text)).toEqual([content]);
  });

  it('leaves a parenthesis closed before the cue alone', () => {
    const text = 'The mayor (a nurse) said the clinic (the old one) would close.';
    expect(runQuotes(text, [['The mayor', 'description', null]]).map((q) => q.text)).toEqual(['the clinic (the old one) would close']);
  });
});
