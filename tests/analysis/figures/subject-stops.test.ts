import { describe, expect, it } from 'vitest';
import { bareVerbWithObject, clauseVerb, pluralHead, stops, trailingVerb } from '../../../src/analysis/figures/subject-stops.js';

// The words that end a figure's subject phrase (subject.ts reads the phrase word by word and asks these).
describe('figures/subject-stops: words that end the phrase', () => {
  it.each<[string, number, string, boolean, boolean]>([
    // a preposition, a pronoun, an adverb or a verb ends it
    ['of', 1, 'tins', false, true],
    ['they', 1, 'boats', false, true],
    ['quickly', 0, '', false, true],
    // right after the number a noun-like form is kept ("300 fishing boats", "1,500 shares")
    ['fishing', 0, '', false, false],
    ['shares', 0, '', false, false],
    // after a modifier a verb-looking word is the head noun ("two bond fund traders")
    ['fund', 1, 'bond', false, false],
    // "worth" after a noun says what it is worth; right after the number it is the noun ("£9m worth of")
    ['worth', 1, 'heroin', false, true],
    ['worth', 0, '', false, false],
  ])('%s (index %d, after "%s", determiner %s) -> %s', (word, index, prev, determiner, expected) => {
    expect(stops(word, index, prev, determiner)).toBe(expected);
  });
});

describe('figures/subject-stops: heads and trailing verbs', () => {
  it.each<[string, boolean]>([
    ['nurses', true], ['people', true], ['Norwegians', true],
    // words in -us, -is, -ss are no plurals
    ['campus', false], ['crisis', false], ['fund', false],
  ])('pluralHead(%s) -> %s', (word, expected) => {
    expect(pluralHead(word)).toBe(expected);
  });
  it.each<[string, boolean]>([
    ['heading', true], ['injured', true], ['supporting', true],
    ['vote', false], ['morning', false], ['ceiling', false],
  ])('trailingVerb(%s) -> %s', (word, expected) => {
    expect(trailingVerb(word)).toBe(expected);
  });
  it.each<[string, string, boolean]>([
    // "6 in 10 say the ...": a bare verb then a determiner or a pronoun is the clause's verb
    ['say', ' the plan', true], ['want', ' they', true],
    ['say', ' so', false], ['farmers', ' the plan', false],
  ])('clauseVerb(%s, "%s") -> %s', (word, after, expected) => {
    expect(clauseVerb(word, after)).toBe(expected);
  });
});

describe('figures/subject-stops: a bare past with an object after the noun', () => {
  it.each<[string, string, boolean]>([
    // "a 5.9 tremor hit the valley", "a 60mph gust split a tree": the clause's verb
    ['hit', ' the valley at noon', true], ['split', ' a beech in two', true], ['set', ' their own pace', true],
    // a relative clause after a compound's head ("the 4% pay cut the nurses accepted"); no object; not such a past
    ['cut', ' the nurses accepted', false], ['cut', ' the hospital trust announced', false], ['hit', ' hard', false],
    ['rise', ' the board approved', false],
  ])('bareVerbWithObject(%s, "%s") -> %s', (word, after, expected) => {
    expect(bareVerbWithObject(word, after)).toBe(expected);
  });
});
