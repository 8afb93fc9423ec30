// The word "one" that counts nothing (src/analysis/figures/pronoun-one.ts): the pronoun, and set compounds
// ("one-time", "one-off") whose "one" means former or single-occasion.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { expectOne, figures } from './figures-of.js';

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

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string, string]>([
    ['No one came to the door.', 'no one'],
    ['She is the one who called.', 'the one'],
    ['They helped one another.', 'one another'],
    ['The score was high in Tarnby.', 'no number'],
    ['first quarter results', 'quarter as a period'],
    ['They cut it in half.', 'half with no determiner after'],
    ['Quarter the onions first.', 'quarter as a verb'],
    ['All that work was for naught.', 'the idiom for naught'],
    ['The plan came to nought.', 'the idiom came to nought'],
    ['It is one of the oldest bridges in town.', 'one of the: a member, not a count'],
    ['Maybe one where the owners pay.', 'one before a relative'],
    ['I want one that works.', 'one that'],
    ['No one in the hall spoke.', 'no one before in'],
    ['The mayor said the decision had been a difficult one.', 'an adjective before one'],
    ['The old bridge failed, so they built a new one that floats.', 'a new one that'],
  ])('leaves alone: %s (%s)', (text) => {
    expect(figures(text).filter((f) => ['count', 'money', 'percent', 'measure'].includes(f.kind))).toEqual([]);
  });

  it('keeps one of a stated total', () => {
    expectOne('One of the 12 pilots quit.', { text: 'One', value: 1, kind: 'count' });
  });
});
