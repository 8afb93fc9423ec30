// The possessive shared by the noun-cue finders and their source look-up (cues/nominal-possessor.ts): a pronoun,
// a word's "'s" or a plural's bare apostrophe; a contraction's "'s" is none.
import { describe, expect, it } from 'vitest';
import { POSSESSIVE_MARK } from '../../../src/analysis/cues/nominal-possessor.js';
import { findQuestionCues } from '../../../src/analysis/cues/nominal-question.js';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';
import { read } from './nominal-read.js';

const MARK_BEFORE_NOUN = new RegExp(String.raw`${POSSESSIVE_MARK}\s+$`, 'u');

describe('a possessive right before the noun', () => {
  it.each([
    ['their ', true],
    ['Her ', true],
    ["the senator's ", true],
    ['the senator’s ', true],
    ["the ferrymen's ", true],
    ["the unions' ", true],
    ["it's ", false],
    ["That's ", false],
    ["there's ", false],
    ["she's ", false],
    ['the union ', false],
  ])('%s', (before, found) => {
    expect(MARK_BEFORE_NOUN.test(before)).toBe(found);
  });
});

describe('a plural possessor holds the cue and is its source', () => {
  it.each([
    ["The dockers' blunt criticism of the levy was sharp.", ['blunt criticism of', 'the levy', "The dockers'"]],
    ["Ivo Lund's criticism of the levy was sharp.", ['criticism of', 'the levy', "Ivo Lund's"]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["The dockers' main question was why the gate shut.", 'main question was'],
    ["It's a question was why", 'a question was'],
  ])('%s', (text, cue) => {
    expect(findQuestionCues(text, () => false)[0]?.text).toBe(cue);
  });
});

describe('the noun-cue finder of cues/nouns.ts reads the same possessive', () => {
  it.each([
    ["The dockers' claim that the crane was unsafe went unheard.", ['claim']],
    ["Ida Brandt's pledge to cut fares won votes.", ['pledge']],
    ["That's hope to them, she said.", []],
  ])('%s', (text, expected) => {
    expect(findNounCues(text, () => false).map((c) => c.text)).toEqual(expected);
  });
});
