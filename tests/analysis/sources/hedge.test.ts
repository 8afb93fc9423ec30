// Hedges near a figure (src/analysis/sources/hedge.ts, src/lexicon/hedges.ts): the words by which the writer keeps a
// distance from it. Texts are invented.
import { describe, expect, it } from 'vitest';
import { hedgeNear, indexHedges } from '../../../src/analysis/sources/hedge.js';

function hedgeOf(text: string, figure: string): string | null {
  const start = text.indexOf(figure);
  expect(start, `${figure} in ${text}`).toBeGreaterThanOrEqual(0);
  return hedgeNear(text, indexHedges(text), start, start + figure.length, 0, text.length)?.text ?? null;
}

describe('hedges: what distances the writer from a figure', () => {
  it.each<[string, string, string]>([
    // an article's second-hand adjective right on the figure
    ['The club paid a reported £45m for the keeper.', '£45m', 'a reported'],
    ['An alleged $3 million bribe changed hands.', '$3 million', 'An alleged'],
    ['Traders moved a rumoured  $2 billion overnight.', '$2 billion', 'a rumoured'],
    // a toll nobody has confirmed
    ['At least 14 hikers are feared dead.', '14', 'are feared'],
    ['It is feared that 30 miners are trapped.', '30', 'It is feared'],
    // the past of the second-hand passives
    ['The blaze was thought to have gutted 40 homes.', '40', 'was thought to'],
    // how it looks to the writer, and a likelihood on a verb
    ['The quake apparently flattened 500 barns.', '500', 'apparently'],
    ['The repairs will likely cost $2 billion.', '$2 billion', 'will likely'],
    // "claimed" as a claim still hedges
    ['Her rivals claimed 300 members had quit.', '300', 'claimed'],
  ])('%s (%s) -> %s', (text, figure, hedge) => expect(hedgeOf(text, figure)).toBe(hedge));
});

describe('hedges: what is left alone', () => {
  it.each<[string, string]>([
    // "claimed" as "took"
    ['The storm claimed 12 lives in Vesk.', '12'],
    ['Her party claimed 40 seats in the vote.', '40'],
    ['The Larks claimed a third title with 9 wins.', '9'],
    // an article's adjective not right before the figure
    ['A reported leak forced 200 people out.', '200'],
    ['An alleged plot was foiled in March, when 5 men were held.', '5'],
    // "likely" alone is no hedge; "is likely to" is read nowhere
    ['About 52% of likely voters back her.', '52%'],
    ['In the coming nine days just one is likely to finish.', 'nine days'],
  ])('%s (%s) -> none', (text, figure) => expect(hedgeOf(text, figure)).toBeNull());
});
