import { describe, expect, it } from 'vitest';
import { disagreeingFigures, figureFilter } from '../../src/query/figures.js';
import { figure } from '../fixtures/records.js';
import type { FigureKind } from '../../src/types.js';

const figures = [
  figure({ text: '12 bridges', kind: 'count' }),
  figure({ text: '$5 million', kind: 'money', source: 'City Hall', sourceKind: 'organization' }),
  figure({ text: '30%', kind: 'percent', source: null, sourceKind: 'publication' }),
  figure({ text: '2019', kind: 'year', source: 'Jane Doe', sourceKind: 'person' }),
];

describe('figureFilter', () => {
  it.each([
    ['no criteria', {}, [0, 1, 2, 3]],
    ['unsourced: no named source (unattributed or credit line only)', { unsourced: true }, [0, 2]],
    ['one kind', { kinds: ['money'] as FigureKind[] }, [1]],
    ['several kinds', { kinds: ['count', 'year'] as FigureKind[] }, [0, 3]],
    ['kind and unsourced together', { kinds: ['count', 'money'] as FigureKind[], unsourced: true }, [0]],
  ])('%s', (_name, filter, expected) => {
    const keep = figureFilter(filter);
    expect(figures.map((f, i) => (keep(f) ? i : -1)).filter((i) => i >= 0)).toEqual(expected);
  });
});

describe('disagreeingFigures', () => {
  it.each([
    ['same subject, different values', [figure({ doc: 'a', value: 12 }), figure({ doc: 'b', value: 14 })], 2],
    ['same subject, same value, different sources', [figure({ source: 'Jane Doe', sourceKind: 'person' }), figure({ doc: 'b' })], 2],
    ['same subject, value and source agree', [figure({ doc: 'a' }), figure({ doc: 'b' })], 0],
    ['different subjects never disagree', [figure({ subject: 'bridges' }), figure({ subject: 'roads', value: 3 })], 0],
    ['different units never disagree', [figure({ kind: 'measure', unit: 'km' }), figure({ kind: 'measure', unit: 'mile', value: 9 })], 0],
    ['years are not amounts', [figure({ kind: 'year', value: 2019 }), figure({ kind: 'year', value: 2020 })], 0],
    ['no subject, no group', [figure({ subject: null }), figure({ subject: null, value: 1 })], 0],
    ['a determiner does not split a subject', [figure({ subject: 'the bridges' }), figure({ subject: 'Bridges', value: 13 })], 2],
    ['singular and plural are one subject', [figure({ subject: 'new bridges' }), figure({ subject: 'new bridge', value: 1 })], 2],
    ['accents do not split a subject', [figure({ subject: 'écoles' }), figure({ subject: 'ecoles', value: 3 })], 2],
    // values that can both hold do not disagree; values that cannot, do
    ['an amount without a number and digits within it', [figure({ value: 100, qualifier: 'more-than', rule: 'vague-amount' }), figure({ doc: 'b', value: 300 })], 0],
    ['an amount without a number and digits beyond it', [figure({ value: 100, qualifier: 'more-than', rule: 'vague-amount' }), figure({ doc: 'b', value: 4000 })], 2],
    ['a bound and a value it allows', [figure({ value: 40, qualifier: 'at-least' }), figure({ doc: 'b', value: 52 })], 0],
    ['a bound and a value it rules out', [figure({ value: 40, qualifier: 'less-than' }), figure({ doc: 'b', value: 52 })], 2],
    ['a round figure and one near it', [figure({ value: 500, qualifier: 'about' }), figure({ doc: 'b', value: 480 })], 0],
    ['a range and a value inside it', [figure({ value: null, low: 10, high: 15 }), figure({ doc: 'b', value: 12 })], 0],
    ['a range and a value outside it', [figure({ value: null, low: 10, high: 15 }), figure({ doc: 'b', value: 20 })], 2],
  ])('%s', (_name, input, count) => {
    expect(disagreeingFigures(input)).toHaveLength(count);
  });

  it('tags each figure with its group, groups in order of first appearance', () => {
    const out = disagreeingFigures([
      figure({ subject: 'roads', value: 1 }),
      figure({ subject: 'bridges', value: 2 }),
      figure({ subject: 'Roads', value: 3 }),
      figure({ subject: 'bridges', value: 4 }),
    ]);
    expect(out.map((f) => [f.group, f.value])).toEqual([['roads', 1], ['roads', 3], ['bridges', 2], ['bridges', 4]]);
  });
});
