import { describe, expect, it } from 'vitest';
import { quoteFilter } from '../../src/query/quotes.js';
import { quote } from '../fixtures/records.js';
import type { QuoteType } from '../../src/types.js';

const quotes = [
  quote({ text: 'We will win this fight', speaker: 'Jane Doe' }),
  quote({ text: 'The fight is over', speaker: 'Émile Durand' }),
  quote({ text: 'Nobody fights alone', speaker: null }),
  quote({ text: 'Taxes will rise', speaker: 'City officials', speakerKind: 'group', type: 'indirect' }),
];

describe('quoteFilter', () => {
  it.each([
    ['no criteria keeps all', {}, [0, 1, 2, 3]],
    ['term, whole words', { term: 'fight' }, [0, 1]],
    ['term, case-insensitive', { term: 'TAXES' }, [3]],
    ['speaker, part of the name', { speaker: 'doe' }, [0]],
    ['speaker, accents ignored', { speaker: 'emile' }, [1]],
    ['speaker and term together', { term: 'fight', speaker: 'durand' }, [1]],
    ['speaker never matches an unknown speaker', { speaker: 'nobody' }, []],
    ['a group speaker', { speaker: 'officials' }, [3]],
    ['one type', { types: ['indirect'] as QuoteType[] }, [3]],
    ['several types', { types: ['direct', 'partial'] as QuoteType[] }, [0, 1, 2]],
    ['type and term together', { types: ['direct'] as QuoteType[], term: 'taxes' }, []],
  ])('%s', (_name, filter, expected) => {
    const keep = quoteFilter(filter);
    expect(quotes.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0)).toEqual(expected);
  });
});
