// A lawmaker's party-state tag ("D-Ore.") is no name (mentions/name-shape.ts), and a phrase before the cue that is
// only an apposition after a person's name gives that name (quotes/speaker-apposition.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakers = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerMention?.text ?? null}`);

describe('quotes: the name an apposition describes speaks', () => {
  it.each([
    ['Sen. Ada Brill, D-Ore., said the bill was dead.', ['Ada Brill/Sen. Ada Brill']],
    ['Rep. Ivo Marek, I-Vt., said the vote was close.', ['Ivo Marek/Rep. Ivo Marek']],
    ['Rep. Tom Lusk, R-Ohio, welcomed the vote but said it came too late.', ['Tom Lusk/Rep. Tom Lusk', 'Tom Lusk/Rep. Tom Lusk']],
    ['Senate Leader Joan Vey, a Tulsa Republican, said the plan would fail.', ['Joan Vey/Senate Leader Joan Vey']],
    // a name after the apposition's preposition and kind nouns is the object's, not the speaker's
    ['Tova Brisk, an analyst at the brokerage house Mendel, said the shares were cheap.', ['Tova Brisk/Tova Brisk']],
    ['Piet Arendse, an engineer with the rail operator Nordvik, warned that the bridge was unsafe.', ['Piet Arendse/Piet Arendse']],
    // a definite apposition the resolver read as the name's
    ["Paul Brenn, the head of the dockers' union Unifax, said the strike would go ahead.", ['Paul Brenn/Paul Brenn']],
    // a body's name, with an agent inside its apposition
    ['Tarn Parents, a group founded by relatives of flood victims, said it would sue.', ['Tarn Parents/Tarn Parents']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // no name before the phrase: the phrase itself
    ['After the vote, a Tulsa Republican said the plan would fail.', ['Tulsa Republican/Tulsa Republican']],
    // the apposition is no subject of its own: the pair after it speaks
    ['Ada Brill, a lawyer, and Tom Lusk said the bill was dead.', ['Tom Lusk/Tom Lusk']],
    // a name after a preposition, then a description of someone else: that description speaks
    ['In a letter to Ivo Lund, the head of the union said the strike would go ahead.', ['null/the head of the union']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
