import { describe, expect, it } from 'vitest';
import { TRADE_ACTS } from '../../../src/analysis/cues/act-objects-trade.js';

// The amounts, results, goods and deals that make a speech verb an act (cues/act-objects-trade.ts): each pattern reads
// the text right after the form. Invented texts.
describe('cues: amounts, results, goods and deals after the form', () => {
  it.each([
    ['offer', ' $4 million for the mill'],
    ['add', ' a late second goal'],
    ['add', ' three new routes'],
    ['weigh', ' about 90 kilograms'],
    ['recall', ' 12,000 kettles over a wiring fault'],
    ['post', ' record profits for the year'],
    ['agree', ' a fee with the Rovers'],
    ['decline', ' 4 percent in May'],
    ['declare', ' a special dividend'],
  ])('%s + "%s" is an act', (lemma, after) => {
    expect(TRADE_ACTS[lemma]?.test(after)).toBe(true);
  });

  it.each([
    ['offer', ' no comment on the sale'],
    ['add', ' that the mill would stay open'],
    ['recall', ' the day the mill closed'],
    ['post', ' a note saying the vote was rigged'],
    ['agree', ' that the fee was too high'],
    ['decline', ' to comment on the sale'],
    ['declare', ' that the strike was over'],
  ])('%s + "%s" stays words', (lemma, after) => {
    expect(TRADE_ACTS[lemma]?.test(after)).toBe(false);
  });
});
