import { describe, expect, it } from 'vitest';
import { verbCues } from './verb-cues.js';

// cues/noun-or-verb ingClause: after a comma, an -ing form that is also a noun ("warning", "showing") is a participle when a
// bare clause follows it (a subject pronoun and a finite verb or modal). cues/acts: "assuming"/"supposing" after a comma, a
// dash or a bracket, or opening the sentence, is the conjunction of a condition, no belief.
describe('cues: a noun-like -ing form before a bare clause', () => {
  it.each([
    ['Ida Varn said little about the levy on Friday, warning it would hurt growers.', ['warning']],
    ['The club spoke about the loan, warning they would default.', ['spoke about', 'warning']],
    ['The tally ended at midnight, showing she had won by 40 votes.', ['showing']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the noun, with its determiner: the pronoun after it opens a relative or the next clause
    ['The ferry sounded a warning it repeated every hour.'],
    ['After a poor showing they were dropped.'],
    // no finite verb after the pronoun
    ['The pier closed on Monday, warning lights still on.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text).filter((c) => /ing$/.test(c))).toEqual([]);
  });
});

describe('cues: "assuming" and "supposing" as conjunctions of a condition', () => {
  it.each([
    ['The mill could reopen by May, assuming the new boiler arrives.'],
    ['The mill could reopen by May -- assuming that the new boiler arrives.'],
    ['Supposing the talks fail, the port will close.'],
  ])('%s: no cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['Traders are assuming the bank will hold rates.', ['are assuming']],
    ['The board assumes the levy will pass.', ['assumes']],
  ])('keeps the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
