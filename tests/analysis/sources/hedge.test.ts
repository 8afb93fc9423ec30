// Hedges near a figure (src/analysis/sources/hedge.ts, src/lexicon/hedges.ts): the words by which the writer keeps a
// distance from it. Texts are invented.
import { describe, expect, it } from 'vitest';
import { hedgeNear, indexHedges } from '../../../src/analysis/sources/hedge.js';
import { sourced } from './sources-of.js';

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

describe('sourceFigures: hedges', () => {
  it.each<[string, string]>([
    ['Some 40 ships are reportedly waiting.', 'reportedly'],
    ['It is believed at least 60 people died.', 'It is believed'],
    ['Some 200 staff are thought to be leaving.', 'are thought to'],
    ['An estimated 3,000 birds nest there.', 'An estimated'],
    ['The rebels allegedly seized 12 towns.', 'allegedly'],
    ['The deal, said to be worth $2 billion, closed on Friday.', 'said to be'],
    ['The tower appears to be 300 metres tall.', 'appears to be'],
    ['The club paid a fee reported to be $32 million.', 'reported to be'],
  ])('%s', (text, hedge) => {
    expect(sourced(text).find((f) => /\d|[a-z]/.test(f.text))?.hedge).toBe(hedge);
  });

  it.each<[string, string, string | null]>([
    ['The repairs were estimated at $2 million.', '$2 million', 'estimated'],
    ['He sold 12 boats and an estimated 40 cars.', '40', 'an estimated'],
    ['He sold 12 boats and an estimated 40 cars.', '12', null],
    // an upper bound is the figure's qualifier (at-most), not the writer's distance from it
    ['The ferry once carried as many as 400 passengers a day.', '400', null],
    ['Taxes could rise by as much as 6 percent.', '6 percent', null],
    ['They used the boats as much as possible in 2019.', '2019', null],
    ['I may have to wait until 2030.', '2030', null],
    ['The mast seems to lean, and it is 300 metres tall.', '300 metres', null],
    ['The crew seemed to be rowing toward a 40-year-old hulk.', '40-year-old', null],
    ['The dam burst in 1999, but reportedly nobody died.', '1999', null],
    ['The port is reportedly shut: 40 staff left.', '40', null],
  ])('%s -> hedge of %s', (text, figure, hedge) => {
    expect(sourced(text).find((f) => f.text.includes(figure))?.hedge ?? null).toBe(hedge);
  });

  it('does not reach across a sentence', () => {
    expect(sourced('Reportedly, talks stalled. The port handled 800 ships.').find((f) => f.text === '800')?.hedge).toBeNull();
  });

  it('a second-hand adverb in a paraphrase leaves the figure to unnamed reports', () => {
    const text = 'The envoy pledged support as 500 troops are reportedly massing nearby.';
    const f = sourced(text, { mentions: [['The envoy', 'description', 'Kim Ode']], quotes: [['support as 500 troops are reportedly massing nearby', 'The envoy', 'Kim Ode']] })[0]!;
    expect(f.source).toBeNull();
    expect(f.hedge).toBe('reportedly');
  });
});
