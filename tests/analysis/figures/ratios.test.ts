// Shares stated as two counts (src/analysis/figures/ratios.ts): "four in 10 voters" is 40 percent.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';
import { figures } from './figures-of.js';

function found(text: string) {
  return extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, kind: c.kind, qualifier: c.qualifier, subject: c.subject }));
}

describe('ratios: a share written as two counts is one percentage', () => {
  it.each<[string, { text: string; value: number; qualifier: string; subject: string | null }]>([
    ['About four in 10 farmers oppose the levy.', { text: 'About four in 10', value: 40, qualifier: 'about', subject: 'farmers' }],
    ['One in five pupils skipped lunch.', { text: 'One in five', value: 20, qualifier: 'exact', subject: 'pupils' }],
    ['Roughly 3 out of 4 pilots agreed.', { text: 'Roughly 3 out of 4', value: 75, qualifier: 'about', subject: 'pilots' }],
    ['More than eight of 10 members voted yes.', { text: 'More than eight of 10', value: 80, qualifier: 'more-than', subject: 'members' }],
    ['Staff said that one in six planned to quit.', { text: 'one in six', value: 16.6666666666667, qualifier: 'exact', subject: null }],
    ['Just 1 in 100 samples failed.', { text: '1 in 100', value: 1, qualifier: 'exact', subject: 'samples' }],
  ])('%s', (text, want) => {
    expect(found(text)).toContainEqual({ ...want, kind: 'percent' });
  });

  it.each<[string, string[]]>([
    // "of" before a base other than 10 or 100 counts things out of a total: two counts
    ['Two of 12 jurors left.', ['Two', '12']],
    // "of the": part of a known whole
    ['She won 37 of the 60 seats.', ['37', '60']],
    // a measure after "in" is a time or a size, not a share
    ['He scored 3 in 10 minutes.', ['3', '10 minutes']],
    // the first must be the smaller
    ['Some 12 in 10 cases', ['Some 12', '10']],
  ])('%s stays two figures', (text, texts) => {
    expect(found(text).map((f) => f.text)).toEqual(texts);
  });
});

describe('findFigures: dates, years, times, ordinals, identifiers are not quantities', () => {
  it.each<[string]>([['ticket 12-4431/2210 was void'], ['dial +1-222-3333/3333']])('a slash pair ending a chain of digit groups is no ratio: %s', (text) => {
    expect(figures(text).some((f) => f.rule === 'slash-pair')).toBe(false);
  });
});
