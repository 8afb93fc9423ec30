import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// cues/ing-clause ingClause: after a comma, an -ing form that is also a noun ("warning", "showing") is a participle when a
// bare clause follows it (a subject pronoun and a finite verb or modal).
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
