// figures/age-apposition.ts: an age set off by commas after a name or a person's noun. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind, unit: c.unit }));

describe('age-apposition: an age after a name or a person', () => {
  it.each<[string, string]>([
    ['Marta Lind, 29, won the sprint.', '29'],
    ['The defendant, 41, denied both charges.', '41'],
    ['A cyclist, 67, was taken to hospital.', '67'],
    ['Her injured brother, 19, is recovering.', '19'],
    ['The ferry was skippered by a fisherman, 58.', '58'],
  ])('%s', (text, age) => {
    expect(found(text)).toContainEqual({ text: age, kind: 'measure', unit: 'year' });
  });

  it.each<[string, string]>([
    // no person before the comma
    ['The bakery, 98, still opens at six.', '98'],
    ['The fee, 40, was paid in cash.', '40'],
    // a person, but the number goes on into a list
    ['The coach, 3 and 4 were the picks.', '3'],
    // noun-number pairs in a run are a tally
    ['Votes were split: the chairman, 12, the treasurer, 9.', '12'],
    ['Votes were split: the chairman, 12, the treasurer, 9.', '9'],
  ])('leaves alone: %s', (text, figure) => {
    expect(found(text)).toContainEqual({ text: figure, kind: 'count', unit: null });
  });
});
