// quote-marks/speech-words.ts findSpeechWords: every speech-verb form of the text in one pass, with the two words before
// it (a number between resets them; a hyphenated compound is one word, unless its first part is a verb prefix).
// Invented texts; each hit is [word, before, before2, joined].
import { describe, expect, it } from 'vitest';
import { findSpeechWords } from '../../../src/analysis/quote-marks/speech-words.js';

const hits = (text: string): [string, string, string, boolean][] =>
  findSpeechWords(text).map((w) => [w.word, w.before, w.before2, w.joined]);

describe('quote-marks/speech-words: finds forms and the words before them', () => {
  it.each<[string, [string, string, string, boolean][]]>([
    ['The ferry captain said it was late.', [['said', 'captain', 'ferry', false]]],
    // any case, the word as written
    ['SAID the captain.', [['SAID', '', '', false]]],
    // an apostrophe word is one word
    ["The captain's mate has warned them.", [['warned', 'has', "mate", false]]],
    // a number between two words: the word before is no word before
    ['From 1990 to 1995, said the clerk.', [['said', '', '', false]]],
    // a hyphenated compound is one word (not "known")
    ['The well-known baker said so.', [['said', 'baker', 'well-known', false]]],
    // after a verb prefix the form is a word of its own: "co-wrote" holds "wrote"
    ['The clerk co-wrote it.', [['wrote', 'co', 'clerk', false]]],
    // two forms in one sentence, each with its own words before
    ['Lina said the mayor denied it.', [['said', 'Lina', '', false], ['denied', 'mayor', 'the', false]]],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('quote-marks/speech-words: leaves alone', () => {
  it.each<[string, [string, string, string, boolean][]]>([
    // no form at all
    ['The harbour froze overnight.', []],
    // a form as the second half of a compound is joined, not a word of its own
    ['A self-described expert arrived.', []],
    // a form inside a longer word is no form
    ['The saidness of it.', []],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});
