// The key that compares figures by subject (figures/subject-key.ts): lower case, singular, no article or accent.
// Invented subjects.
import { describe, expect, it } from 'vitest';
import { figureKey, subjectKey } from '../../../src/analysis/figures/subject-key.js';

describe('subjectKey: figures that disagree compare by subject', () => {
  it.each<[string | null, string | null]>([
    ['Dairy Farmers', 'dairy farmer'],
    ['the Cities', 'city'],
    ['people', 'person'],
    ['Boxes', 'box'],
    ['news', 'news'],
    ['Café owners’', 'cafe owner'],
    [null, null],
    ['the', null],
  ])('%s -> %s', (subject, key) => expect(subjectKey(subject)).toBe(key));

  it('keys on kind and unit too', () => {
    expect(figureKey({ subject: 'troops', kind: 'count', unit: null })).toBe('count||troop');
    expect(figureKey({ subject: null, kind: 'money', unit: 'USD' })).toBeNull();
  });
});
