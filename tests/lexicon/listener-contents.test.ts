// A short noun phrase before a colon lead-in is a listener or a name for the words, not a content
// (lexicon/listener-contents.ts ONLY_A_NOUN_PHRASE, COLON_THEN_QUOTE; used by quotes/finalize.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { COLON_THEN_QUOTE, ONLY_A_NOUN_PHRASE } from '../../src/lexicon/listener-contents.js';

describe('lexicon/listener-contents: a noun phrase before a colon lead-in', () => {
  it.each(['journalists', 'the mayor', 'its demand', 'a crowd of supporters', 'fellow members'])('a noun phrase: %s', (content) => {
    expect(ONLY_A_NOUN_PHRASE.test(content)).toBe(true);
  });
  it.each(['the pier was unsafe', 'prices would rise', 'why the pier closed', 'that the toll ended', 'the board approved it'])('a clause: %s', (content) => {
    expect(ONLY_A_NOUN_PHRASE.test(content)).toBe(false);
  });
  it.each([':\n\n“We', ': "No', ' : ‘Yes'])('a colon, then a quotation: %j', (after) => {
    expect(COLON_THEN_QUOTE.test(after)).toBe(true);
  });
  it.each([': the pier', '. “We', ', “No'])('no colon before a quotation: %j', (after) => {
    expect(COLON_THEN_QUOTE.test(after)).toBe(false);
  });
});
