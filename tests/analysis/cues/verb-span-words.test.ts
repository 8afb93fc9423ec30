// What a verb cue's span takes in around the verb (src/analysis/cues/verb-span-words.ts): auxiliaries and adverbs
// before it, a phrasal particle after it, and the noun a light verb expresses. Texts are invented.
import { describe, expect, it } from 'vitest';
import { AT_NOUN_CLAUSE, AT_PHRASE_THEN_CLAUSE, auxBefore, LIGHT_NOUN, LIGHT_VERBS, PARTICLES } from '../../../src/analysis/cues/verb-span-words.js';
import { verbCues } from '../verb-cues.js';

describe('auxBefore: the words before a cue that its span takes in', () => {
  it.each<[string, string | null]>([
    ['Tarn has also ', 'has also '],
    ['Tarn didn\'t ', 'didn\'t '],
    ['Tarn can no longer ', 'can no longer '],
    ['the firm had twice ', 'had twice '],
    // "more" only as the degree of an adverb
    ['they are more widely ', 'are more widely '],
    ['many more ', null],
    ['many more have ', 'have '],
    // a name before the cue
    ['Tarn ', null],
  ])('%j -> %j', (window, want) => expect(auxBefore(window)?.[0] ?? null).toBe(want));
});

describe('particles and light nouns', () => {
  // (AT_NOUN_CLAUSE is twinned: the pattern for the subject is asked of it)
  const atNoun = AT_NOUN_CLAUSE.for(' at the idea that the pier would close');
  it.each<[string, RegExp, string, boolean]>([
    ['point', PARTICLES.point!, ' to the figures', true],
    ['point', PARTICLES.point!, ' at the figures', false],
    ['call', PARTICLES.call!, ' for a vote', true],
    ['rule', PARTICLES.rule!, ' against the city', true],
    // "hinted at a news conference that": where it was said, unless a noun owns the clause
    ['at-phrase', AT_PHRASE_THEN_CLAUSE, ' at a news conference that fares would rise', true],
    ['at-phrase', AT_PHRASE_THEN_CLAUSE, ' at a rise in fares', false],
    ['at-noun', atNoun, ' at the idea that the pier would close', true],
    ['at-noun', atNoun, ' at a news conference that fares would rise', false],
    ['light noun', LIGHT_NOUN, ' deep concerns about', true],
    ['light noun', LIGHT_NOUN, ' a song', false],
  ])('%s: %j -> %s', (_, re, after, want) => expect(re.test(after)).toBe(want));

  it.each<[string, boolean]>([['voice', true], ['express', true], ['sing', false]])('light verb %s -> %s', (lemma, want) =>
    expect(LIGHT_VERBS.test(lemma)).toBe(want));
});

describe('verb span: the cue the whole stage gives', () => {
  it.each<[string, string[]]>([
    ['Tarn has also said the fee will rise.', ['has also said']],
    ['Tarn pointed to the figures.', ['pointed to']],
    ['Tarn hinted at a rise in fares.', ['hinted at']],
    ['Tarn hinted at a news conference that fares would rise.', ['hinted']],
    ['Tarn scoffed at the idea that the pier would close.', ['scoffed at']],
    ['Tarn voiced concerns about the pier.', ['voiced concerns about']],
  ])('%s', (text, want) => expect(verbCues(text)).toEqual(want));
});
