// Numbers that name a class rather than count something (src/analysis/figures/kinds.ts): "type 2", "stage 4".
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';

const kindOf = (text: string, figure: string): string | undefined =>
  extractFigures(text).find((c) => text.slice(c.start, c.end) === figure)?.kind;

describe('figures: a class label before a number', () => {
  it.each<[string, string, string]>([
    // the number names the class: an identifier, not a count
    ['Cyclists with type 1 diabetes rode the route.', '1', 'other'],
    ['The vet found stage 3 kidney disease.', '3', 'other'],
    ['A Category 4 storm hit the coast.', '4', 'other'],
    ['Doctors began phase 2 trials in May.', '2', 'other'],
    ['Grade 9 pupils sat the paper.', '9', 'other'],
    ['The county moved to tier 3 rules.', '3', 'other'],
    ['Her aunt has stage four cancer.', 'four', 'other'],
    // after "to" or a modal the word is a verb, and the number counts
    ['The union plans to stage 3 rallies.', '3', 'count'],
    ['Lawyers will level 2 charges.', '2', 'count'],
    // a label word not right before the number, or a measure, is left alone
    ['The type of 2 cars on sale.', '2', 'count'],
    ['The river rose to level 3 metres above normal.', '3 metres', 'measure'],
    ['Sales rose to three.', 'three', 'count'],
  ])('%s', (text, figure, kind) => {
    expect(kindOf(text, figure)).toBe(kind);
  });
});
