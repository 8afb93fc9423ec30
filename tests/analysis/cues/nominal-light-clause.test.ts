// A light verb and a noun of saying with its clause (cues/nominal-light-clause.ts): the noun is the cue, the clause after
// "that" the content, the light verb's subject its holder (quotes/noun-cue.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of the noun-that record, or null. */
const put = (text: string): [string, string, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'noun-that');
  return q === undefined ? null : [q.cue?.text ?? '', q.text, q.speakerMention?.text ?? null];
};

describe('a light verb puts a view into words', () => {
  it.each([
    ["The club's owner gave assurances that the stadium would not be sold.", ['assurances', 'the stadium would not be sold', "The club's owner"]],
    ['The union has raised serious concerns that the new rota would leave wards short.', ['serious concerns', 'the new rota would leave wards short', 'The union']],
    ['The prosecutor made the point that the knife was never found.', ['the point', 'the knife was never found', 'The prosecutor']],
    ['The judge raised the possibility that the trial could be moved.', ['the possibility', 'the trial could be moved', 'The judge']],
    ['The chairman floated the idea that the club could share a ground.', ['the idea', 'the club could share a ground', 'The chairman']],
    ['Campaigners made the case that the library should stay open.', ['the case', 'the library should stay open', 'Campaigners']],
    // a noun no one holds after its article (nominal-unheld.ts): the same light verb names its holder
    ['The regulator raised the concern that prices would rise.', ['the concern', 'prices would rise', 'The regulator']],
  ])('%s', (text, expected) => {
    expect(put(text)).toEqual(expected);
  });

  it.each([
    // "that" opening a relative about the noun: a verb right after it, or a subject and a verb that takes the noun
    'The lawyer raised concerns that were later dismissed by the court.',
    'She made the point that she had made before.',
    'The board made a case that went to the high court.',
    // no noun of saying: money raised, a case as a thing
    'They raised the money that was needed for the roof.',
    'He gave the case that his father had left him to the museum.',
  ])('leaves alone: %s', (text) => {
    expect(put(text)).toBeNull();
  });
});
