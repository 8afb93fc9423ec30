// The nouns of a report no one holds by name and the words around them (src/lexicon/unheld-report-nouns.ts): each
// list is a set of lower-case words with none twice.
import { describe, expect, it } from 'vitest';
import {
  BARE_NEWS_NOUNS, FRAMING_CLAUSE_NOUNS, QUESTIONED_VERBS, SOURCELESS_NEWS_NOUNS, UNHELD_CLAUSE_NOUNS, UNHELD_NOUN_PREPOSITIONS,
  UNHELD_NOUN_TAKING_PASTS,
} from '../../src/lexicon/unheld-report-nouns.js';

describe('unheld-report noun lexicon', () => {
  it.each([
    ['SOURCELESS_NEWS_NOUNS', SOURCELESS_NEWS_NOUNS],
    ['UNHELD_CLAUSE_NOUNS', UNHELD_CLAUSE_NOUNS],
    ['UNHELD_NOUN_PREPOSITIONS', UNHELD_NOUN_PREPOSITIONS],
    ['FRAMING_CLAUSE_NOUNS', FRAMING_CLAUSE_NOUNS],
    ['BARE_NEWS_NOUNS', BARE_NEWS_NOUNS],
    ['UNHELD_NOUN_TAKING_PASTS', UNHELD_NOUN_TAKING_PASTS],
    ['QUESTIONED_VERBS', QUESTIONED_VERBS],
  ])('%s has no word twice and only lower-case words', (_name, words) => {
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w).toBe(w.toLowerCase());
  });
});
