// A lawmaker's party-state tag ("D-Ore.") is no name (mentions/name-shape.ts), and a phrase before the cue that is
// only an apposition after a person's name gives that name (quotes/speaker-apposition.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

const speakers = (text: string): string[] =>
  analyze({ id: 't', text }).quotes.map((q) => `${q.speaker ?? null}/${q.speakerMention?.text ?? null}`);

describe('quotes: the name an apposition describes speaks', () => {
  it.each([
    ['Sen. Ada Brill, D-Ore., said the bill was dead.', ['Ada Brill/Sen. Ada Brill']],
    ['Rep. Ivo Marek, I-Vt., said the vote was close.', ['Ivo Marek/Rep. Ivo Marek']],
    ['Rep. Tom Lusk, R-Ohio, welcomed the vote but said it came too late.', ['Tom Lusk/Rep. Tom Lusk', 'Tom Lusk/Rep. Tom Lusk']],
    ['Senate Leader Joan Vey, a Tulsa Republican, said the plan would fail.', ['Joan Vey/Senate Leader Joan Vey']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    // no name before the phrase: the phrase itself
    ['After the vote, a Tulsa Republican said the plan would fail.', ['Tulsa Republican/Tulsa Republican']],
    // the apposition is no subject of its own: the pair after it speaks
    ['Ada Brill, a lawyer, and Tom Lusk said the bill was dead.', ['Tom Lusk/Tom Lusk']],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
