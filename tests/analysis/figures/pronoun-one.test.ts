// The word "one" that counts nothing (src/analysis/figures/pronoun-one.ts): the pronoun, and set compounds
// ("one-time", "one-off") whose "one" means former or single-occasion.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const counts = (text: string) => extractFigures(text).filter((c) => ['count', 'money', 'percent', 'measure'].includes(c.kind))
  .map((c) => text.slice(c.start, c.end));

describe('pronoun-one: set compounds count nothing', () => {
  it.each<[string]>([
    ['The one-time boxing champion opened a gym in Dunmore.'],
    ['Savers will receive a one-off payment next spring.'],
    ['It was a one-sided contest from the opening whistle.'],
    ['The bridge is one-way for lorries until June.'],
    ['Critics called the archipelago a one-party state.'],
    ['She staged a one-woman show about her grandmother.'],
    ['Officials said the surplus relied on one-time transfers.'],
    ['Pupils get one-on-one tutoring twice a week.'],
  ])('leaves alone: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('pronoun-one: a one that counts stays', () => {
  it.each<[string, string]>([
    ['Dockers began a one-day strike on Monday.', 'one-day'],
    ['The striker signed a one-year contract.', 'one-year'],
    ['Just one player scored twice.', 'one'],
    ['The fund lost one million dollars in a week.', 'one million dollars'],
    ['One in five homes lacks insulation.', 'One in five'],
    // a share after a determiner, its total any count word
    ['The one in forty chance of a flood worried the insurers.', 'one in forty'],
    ['One lorry overturned on the ring road.', 'One'],
    // a bare "only" before it bounds a count
    ['Only one bidder remained after the deadline.', 'one'],
    ['The bill passed with only one vote to spare.', 'one'],
    ['Only one has reopened since the flood.', 'one'],
  ])('%s keeps %s', (text, want) => {
    expect(counts(text)).toContain(want);
  });
});

describe('pronoun-one: "only one" after a determiner is the pronoun', () => {
  it.each<[string]>([
    ['Ours was the only one open on Sunday.'],
    ['The kiln by the river is the only one left in the county.'],
    ['Of all her boats she kept her only one with a sail.'],
  ])('leaves alone: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});
