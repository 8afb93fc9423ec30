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
    // a noun that is mostly an adjective elsewhere names a person before the comma
    ['The patient, 77, was discharged on Friday.', '77'],
    ['A retired academic, 64, led the walk.', '64'],
    // a small age after a noun that can name a young child, or after a name
    ['The toddler, 3, was found asleep in a barn.', '3'],
    ['Lena Voss, 6, sang at the opening.', '6'],
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
    // a small number after an adult's role is a count or a shirt number
    ['The umpire, 2, waved play on.', '2'],
    ['The winger, 7, limped off before half-time.', '7'],
    // name-number pairs are a score line
    ['Final whistle: Harlow, 2, Dunmore, 1.', '2'],
    ['Final whistle: Harlow, 2, Dunmore, 1.', '1'],
  ])('leaves alone: %s', (text, figure) => {
    expect(found(text)).toContainEqual({ text: figure, kind: 'count', unit: null });
  });
});
