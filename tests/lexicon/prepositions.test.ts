// The named preposition sets (lexicon/prepositions.ts): single lower-case words, no duplicates, and the one
// difference each set's comment names ("to" opens an infinitive where a noun or an object gerund is asked for).
import { describe, expect, it } from 'vitest';
import {
  ADVERBIAL_PREPOSITIONS, GERUND_LEAD_PREPOSITIONS, GERUND_OBJECT_PREPOSITIONS, GROUP_PLACE_PREPOSITIONS,
  NOUN_FRAME_PREPOSITIONS, PHRASE_PREPOSITIONS,
} from '../../src/lexicon/prepositions.js';

const SETS: [string, readonly string[]][] = [
  ['phrase', PHRASE_PREPOSITIONS], ['noun frame', NOUN_FRAME_PREPOSITIONS], ['gerund object', GERUND_OBJECT_PREPOSITIONS],
  ['gerund lead', GERUND_LEAD_PREPOSITIONS], ['adverbial', ADVERBIAL_PREPOSITIONS], ['group place', GROUP_PLACE_PREPOSITIONS],
];

describe('lexicon: preposition sets', () => {
  it.each(SETS)('%s: lower-case single words, each once', (_, words) => {
    for (const w of words) expect(w).toMatch(/^[a-z]+$/);
    expect(new Set(words).size).toBe(words.length);
  });

  it.each([
    ['noun frame', NOUN_FRAME_PREPOSITIONS, 'to', false],
    ['gerund object', GERUND_OBJECT_PREPOSITIONS, 'to', false],
    ['gerund lead', GERUND_LEAD_PREPOSITIONS, 'to', true],
    ['noun frame', NOUN_FRAME_PREPOSITIONS, 'despite', true],
  ] as const)('%s has %s: %s', (_, words, word, has) => {
    expect(words.includes(word)).toBe(has);
  });
});
