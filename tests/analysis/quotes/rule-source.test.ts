// The rule laying something down is the source of what it lays down wherever it stands (quotes/rule-source.ts): after
// the verb that passed it ("Lawmakers approved a bill requiring ...") the bill, not the lawmakers, is the speaker
// mention. A rule opening its sentence keeps its reading, and a verb with no rule noun before it is left alone.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('a rule as the source after the verb that passed it', () => {
  it.each<[string, [string, string, string][]]>([
    ['Lawmakers approved a bill requiring landlords to register every rental flat.', [['requiring', 'landlords to register every rental flat', 'a bill']]],
    ['Towns may open at dawn under a state law that allows small towns to vote first.', [['allows', 'small towns to vote first', 'a state law']]],
    ['Parliament passed the Clean Rivers Act, which requires towns to test their wells.', [['requires', 'towns to test their wells', 'the Clean Rivers Act']]],
    ['The senate signed off on a new ordinance banning fireworks near the harbour.', [['banning', 'fireworks near the harbour', 'a new ordinance']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each<[string, [string, string, string | null][]]>([
    // the rule is the sentence's subject already
    ['The new rules require landlords to post their fees.', [['require', 'landlords to post their fees', 'The new rules']]],
    ['The ordinance, passed in 2019, bars trucks from the old bridge.', [['bars', 'trucks from the old bridge', 'The ordinance']]],
    // "no rule" names no rule
    ['There is no rule requiring clubs to publish their accounts.', [['requiring', 'clubs to publish their accounts', null]]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
