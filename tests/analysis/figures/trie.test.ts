// A word list as one trie-shaped regex source (src/analysis/figures/trie.ts): it must match exactly the words given,
// whole, and nothing that only shares a prefix with them.
import { describe, expect, it } from 'vitest';
import { trie } from '../../../src/analysis/figures/trie.js';

const whole = (words: string[]) => new RegExp(`^(?:${trie(words)})$`);

describe('trie: the source branches on shared letters', () => {
  it.each<[string[], string]>([
    [['two', 'three', 'ten'], 't(?:wo|hree|en)'],
    [['one'], 'one'],
    // a word that is a prefix of another makes the rest optional
    [['six', 'sixty'], 'six(?:ty)?'],
    [[], ''],
  ])('%j -> %s', (words, source) => expect(trie(words)).toBe(source));
});

describe('trie: what the source matches', () => {
  const words = ['seven', 'seventy', 'several', 'km/h', 'a.m.', 'x+y'];
  it.each<[string, boolean]>([
    ['seven', true], ['seventy', true], ['several', true],
    // regex signs in a word are taken literally
    ['km/h', true], ['a.m.', true], ['x+y', true],
    // a prefix alone, a longer word, or a sign read as a wildcard: no match
    ['seve', false], ['sevens', false], ['abm.', false], ['xxy', false],
  ])('%s -> %s', (word, hit) => expect(whole(words).test(word)).toBe(hit));
});
