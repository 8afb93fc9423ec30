// An -ing cue that ends a "with" phrase ("..., with roughly six in 10 growers saying ..."): the phrase between "with"
// and the cue speaks (quotes/speaker-with.ts), not the sentence's subject and not an earlier noun.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const byCue = (text: string, cue: string): string => {
  const q = analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue);
  return `${q?.speakerMention?.text ?? null}|${q?.speakerRule ?? null}`;
};

describe('quotes: the subject of a with-clause', () => {
  it.each([
    ['The levy passed easily, with roughly six in 10 saying they would pay it.', 'saying', 'six in 10|with-subject:phrase'],
    ['The board approved the fee, with three members saying it was too high.', 'saying', 'three members|with-subject'],
  ])('%s', (text, cue, expected) => {
    expect(byCue(text, cue)).toBe(expected);
  });

  it.each([
    // a gerund after a preposition inside the phrase is no clause of its own
    ['Ada Lund said the film closes with a reel of her jokes about wanting to sell the farm.', 'wanting'],
  ])('leaves alone: %s', (text, cue) => {
    expect(byCue(text, cue)).not.toMatch(/with-subject/);
  });
});
