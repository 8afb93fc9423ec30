// Numbers that name a class or sit inside a name rather than count something (src/analysis/figures/class-labels.ts, number-names.ts): "type 2", "League One".
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

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

describe('figures: a capitalised number word inside a name', () => {
  it.each<[string, string, string]>([
    // a capitalised word before it, a lower-case word or a clause end after it: part of the name
    ['League One side Tarnby Rovers said it would appeal.', 'One', 'other'],
    ['The Formula One season opens in March.', 'One', 'other'],
    ['The crews rest before Leg Two.', 'Two', 'other'],
    // a count: opening the sentence, after a word that names nothing ("Only", "The"), after a verb in a title-case
    // headline, before another capital, or in lower case
    ['One driver was hurt.', 'One', 'count'],
    ['Only Two remain in the race.', 'Two', 'count'],
    ['Flood Kills Three in Harbury', 'Three', 'count'],
    ['Channel Four News reported it.', 'Four', 'count'],
    ['League officials named two referees.', 'two', 'count'],
  ])('%s', (text, figure, kind) => {
    expect(kindOf(text, figure)).toBe(kind);
  });
});
