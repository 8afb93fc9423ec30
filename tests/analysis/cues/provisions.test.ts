// A written rule as the source of what it lays down (cues/provisions.ts): "The law requires ..." gives the verb as
// the cue, the rule as the source and its object as the content. Only after a rule noun, its relative or an aside;
// verbs of requiring and allowing with any other subject, and rule nouns used otherwise, are left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { allCues } from '../verb-cues.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('a rule lays something down', () => {
  it.each<[string, [string, string, string][]]>([
    ['The new rules require landlords to post their fees.', [['require', 'landlords to post their fees', 'The new rules']]],
    ['The Clean Rivers Act requires towns to test their wells.', [['requires', 'towns to test their wells', 'The Clean Rivers Act']]],
    ['The ordinance, passed in 2019, bars trucks from the old bridge.', [['bars', 'trucks from the old bridge', 'The ordinance']]],
    ['The law does not allow landlords to raise rents twice a year.', [['allow', 'landlords to raise rents twice a year', 'The law']]],
    ['The panel\'s new rules would also bar members from trading shares.', [['bar', 'members from trading shares', 'The panel\'s new rules']]],
    ['The bill, which passed 60-40 in May, does not permit strikes by nurses.', [['permit', 'strikes by nurses', 'The bill']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  // the cue alone where the rule is a relative's head or a participle's: "allows for" keeps its particle
  it.each<[string, string[]]>([
    ['Towns may open at dawn under a state law that allows small towns to vote first.', ['allows']],
    ['Late fees are set by a clause that allows for fines of up to $50.', ['allows for']],
    ['There is no rule requiring clubs to publish their accounts.', ['requiring']],
    ['The 1990 Harbour Treaty, which both nations signed, obliges them to share the river.', ['obliges']],
  ])('cue: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // no rule as the subject
    'The storm required a rescue by two boats.',
    'The team was allowed to stay in the hotel.',
    'A loan allows the bakery to buy a new oven.',
    // "in order to" is no order; a capitalised rule noun with no name before it is someone's name
    'In order to allow more time, the vote was moved.',
    'Bill allows his son to drive the tractor.',
    // a title, not a rule laying anything down
    'An act entitled the Fair Fares Act was passed.',
    // a relative or participle on a rule that opens its sentence: the main verb follows the clause
    'A new law that allows towns to borrow more took effect in May.',
    'The rule requiring masks on buses was lifted in June.',
  ])('%s', (text) => {
    expect(allCues(text)).toEqual([]);
  });
});
