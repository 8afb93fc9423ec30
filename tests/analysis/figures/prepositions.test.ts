// "about" and "over" as prepositions before a figure (src/analysis/figures/prepositions.ts).
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), qualifier: c.qualifier }));

describe('prepositions: the figure is the object, not an estimate or a bound', () => {
  it.each<[string, string]>([
    ['Parents can read more about 401 accounts online.', '401'],
    ['They talked about 12 ideas at lunch.', '12'],
    ['The judge presided over four trials that week.', 'four'],
    ['The envoy was chosen over five rivals.', 'five'],
    ['She is wrong about one detail.', 'one'],
    ['The mill had a clear edge over 20 other bidders.', '20'],
    // a span of time an amount or change is spread over
    ['The state will spend $9 billion over 12 years.', '12 years'],
    ['Rents rose 30% over five years.', 'five years'],
    ['Over 20 years, the trust earned 6%.', '20 years'],
    // the amount's scale glued to it
    ['The club will invest £12m over three years in its academy.', 'three years'],
    ['The carmaker pledged $4.5bn over five years for new plants.', 'five years'],
    ['Each lab gets a €40k grant over two years.', 'two years'],
    // the amount a few words further back in the same clause
    ['The bill set aside $4 billion for rural broadband over 10 years.', '10 years'],
    ['The plan would cut output by 30% in the two eastern plants over eight years.', 'eight years'],
    // "near" a house number or a name's number is a place
    ['Smoke was seen near 14 Elm Street.', '14'],
    ['The bus stops near 2 Tarn Road.', '2'],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual({ text: want, qualifier: 'exact' });
  });

  it.each<[string, string, string]>([
    // estimates and bounds stay
    ['He said about 200 workers left.', 'about 200', 'about'],
    ['Over 300 fans came.', 'Over 300', 'more-than'],
    ['She worked there for over 10 years.', 'over 10 years', 'more-than'],
    ['The debate ran over 30 hours.', 'over 30 hours', 'more-than'],
    ['It has been over 90 days since the vote.', 'over 90 days', 'more-than'],
    ['About one in five cars failed.', 'About one in five', 'about'],
    // a bounded length of time even after an amount in the clause, and an age bound
    ['The clinic paid $3 million in rent for over 10 years.', 'over 10 years', 'more-than'],
    ['The dam, which cost $2 billion, took over 12 years to finish.', 'over 12 years', 'more-than'],
    ['It was the first 5% rise in over 10 years.', 'over 10 years', 'more-than'],
    ['Riders over 12 years old pay the $3 fare.', 'over 12 years old', 'more-than'],
    ['The 10k course took over two hours for most runners.', 'over two hours', 'more-than'],
    // a glued scale with no currency sign is no amount of money: metres, a clause number
    ['A 3m python slid over two hours into the barn.', 'over two hours', 'more-than'],
    ['Section 4b over five years was never enforced.', 'over five years', 'more-than'],
    ['The team spent £3m for over two years on the stadium.', 'over two years', 'more-than'],
    // "near" before a quantity is an estimate
    ['Forecasters expect highs near 97 degrees.', 'near 97 degrees', 'about'],
    ['The deficit is near $3 billion.', 'near $3 billion', 'about'],
    ['Support for the plan stands near 40 percent.', 'near 40 percent', 'about'],
  ])('leaves alone: %s', (text, want, qualifier) => {
    expect(found(text)).toContainEqual({ text: want, qualifier });
  });
});
