// Verbs of movement before a figure (src/analysis/figures/movement-before.ts): the words of degree, record or
// average that may stand between the verb and its amount, and what must stay no change.
import { describe, expect, it } from 'vitest';
import { figureAt } from './figure-at.js';

const qualifierOf = (text: string, want: string) => figureAt(text, want).qualifier;

describe('movement-before: words between the verb and the amount', () => {
  it.each<[string, string, string]>([
    ['Bus ridership in Tolven grew just 1.4% last year.', '1.4%', 'up'],
    ['The lira fell only 0.3 percent against the dollar.', '0.3 percent', 'down'],
    ['Wool exports fell a record 18% in the spring.', '18%', 'down'],
    ['Pension payments will rise by a modest 1.2%.', '1.2%', 'up'],
    ['Output climbed a revised 2.6% in the second quarter.', '2.6%', 'up'],
    ['Monthly rents rose by an average of £95 across the region.', '£95', 'up'],
    ['Ticket sales dropped an average of 7% at regional theatres.', '7%', 'down'],
    ['The index slid a total of 400 points over the week.', '400 points', 'down'],
    ['Shares of the brewer jumped a whopping 40% on the news.', '40%', 'up'],
  ])('%s: %s is %s', (text, want, q) => {
    expect(qualifierOf(text, want)).toBe(q);
  });
});

describe('movement-before: leaves alone', () => {
  it.each<[string, string, string]>([
    // fundraising is no rise, whatever stands between
    ['The charity raised just $40,000 at the gala.', '$40,000', 'exact'],
    ['The campaign raised a record $12 million in March.', '$12 million', 'exact'],
    // a degree word with no verb of movement before it
    ['The vineyard employs just 14 people.', '14', 'exact'],
    ['It was a record 31 degrees in Porla on Sunday.', '31 degrees', 'exact'],
    ['Tenants pay an average of £700 a month.', '£700 a month', 'exact'],
    // a bound keeps its own qualifier
    ['Sales rose by nearly 6% in the north.', 'nearly 6%', 'about'],
    // a time span back from now is no fall
    ['Trade fell just three years ago, then recovered.', 'three years', 'exact'],
  ])('%s: %s stays %s', (text, want, q) => {
    expect(qualifierOf(text, want)).toBe(q);
  });
});
