import { describe, expect, it } from 'vitest';
import { quoteFilter } from '../../src/query/quotes.js';
import { quote } from '../fixtures/records.js';
import type { QuoteType } from '../../src/types.js';

const quotes = [
  quote({ text: 'We will win this fight', speaker: 'Jane Doe' }),
  quote({ text: 'The fight is over', speaker: 'Émile Durand' }),
  quote({ text: 'Nobody fights alone', speaker: null }),
  quote({ text: 'Taxes will rise', speaker: 'City officials', speakerKind: 'group', type: 'indirect' }),
  // an interrupted direct quote: the narrator's "she told reporters" lies between its fragments
  quote({
    text: 'We wait," she told reporters. "Never again', speaker: 'Ada Moss',
    quoted: [{ text: 'We wait', start: 1, end: 8 }, { text: 'Never again', start: 32, end: 43 }],
  }),
  // a partial quote: its paraphrase outside the marks is the speaker's content too
  quote({
    text: 'the levy was "a mistake" and would go', speaker: 'Bo Lind', type: 'partial',
    quoted: [{ text: 'a mistake', start: 14, end: 23 }],
  }),
];

describe('quoteFilter', () => {
  it.each([
    ['no criteria keeps all', {}, [0, 1, 2, 3, 4, 5]],
    ['term, whole words', { term: 'fight' }, [0, 1]],
    ['term, case-insensitive', { term: 'TAXES' }, [3]],
    ['speaker, part of the name', { speaker: 'doe' }, [0]],
    ['speaker, accents ignored', { speaker: 'emile' }, [1]],
    ['speaker and term together', { term: 'fight', speaker: 'durand' }, [1]],
    ['speaker never matches an unknown speaker', { speaker: 'nobody' }, []],
    ['a group speaker', { speaker: 'officials' }, [3]],
    ['one type', { types: ['indirect'] as QuoteType[] }, [3]],
    ['several types', { types: ['direct', 'partial'] as QuoteType[] }, [0, 1, 2, 4, 5]],
    ['term in an interrupted quote\'s fragments', { term: 'never again' }, [4]],
    ['term only in the narrator\'s words between fragments: left alone', { term: 'reporters' }, []],
    ['term in a partial quote\'s paraphrase', { term: 'levy' }, [5]],
    ['type and term together', { types: ['direct'] as QuoteType[], term: 'taxes' }, []],
  ])('%s', (_name, filter, expected) => {
    const keep = quoteFilter(filter);
    expect(quotes.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0)).toEqual(expected);
  });
});
