// Where a content ends with no later cue to end it (quotes/content-end-alone.ts): a participle's aside between commas on
// the sentence's subject says no more than the aside; the comma before the main verb ends it, as it ends a relative
// clause there. Whole pipeline, [content, cue] of each record. Invented texts.
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
