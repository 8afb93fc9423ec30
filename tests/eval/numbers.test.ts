import { describe, expect, it } from 'vitest';
import { gold, match, sameValue, sentenceStarts } from '../../src/eval/number-match.js';
import { evalNumbers, inSpec, scoreNumbers } from '../../src/eval/numbers.js';
import type { Figure } from '../../src/types.js';
import { scoreFigureSources } from '../../src/eval/figure-sources.js';

describe('number-match: gold quantities', () => {
  it.each<[Record<string, unknown>, unknown]>([
    [{ value: 12 }, { value: 12, direction: '=' }],
    [{ value: 12, change: '~' }, { value: 12, direction: '~' }],
    [{ value: 12, change: '<=' }, { value: 12, direction: '<' }],
    [{ value: null, rawValue: '(20,35]' }, { value: null, low: 20, high: 35, direction: '=' }],
    [{ value: null, rawValue: '(5000,)' }, { value: 5000, direction: '>' }],
    [{ value: null, rawValue: '(,300)' }, { value: 300, direction: '<' }],
    [{ value: 47, uncertainty: 3 }, { value: null, low: 44, high: 50, direction: '=' }],
    [{ value: null }, null],
    [{ value: [3, 4], change: 'up' }, { value: null, low: 3, high: 4, direction: 'up' }],
    [{ value: '2.5' }, { value: 2.5, direction: '=' }],
    [{ value: null, lower: 1, upper: 9 }, { value: null, low: 1, high: 9, direction: '=' }],
  ])('%j', (g, want) => expect(gold(g)).toEqual(want));

  it('matches values within float noise and ranges by both ends', () => {
    expect(sameValue({ value: 2 / 3, direction: '=' }, { value: 0.666666666666667, direction: '=' })).toBe(true);
    expect(sameValue({ value: null, low: 1, high: 2, direction: '=' }, { value: null, low: 1, high: 3, direction: '=' })).toBe(false);
  });

  it('keeps the place of a gold quantity written in the text', () => {
    expect(gold({ value: 4, start: 17 })).toEqual({ value: 4, direction: '=', at: 17 });
  });

  it.each<[string, number[]]>([
    ['One boat sank. Two more drifted.', [0, 15]],
    ['Prices rose 4 . 8 % in all.', [0]],
    ['"Go now!" Ana said.', [0, 10]],
  ])('finds sentence starts: %s', (text, want) => expect(sentenceStarts(text)).toEqual(want));

  it('matches a gold quantity only with a figure of the same sentence', () => {
    const text = 'Ships: 5. Boats: 5.';
    const g = [{ value: 5, direction: '=' as const, at: 17 }];
    expect(match(g, [{ value: 5, direction: '=', at: 7 }], false, text)).toBe(0);
    expect(match(g, [{ value: 5, direction: '=', at: 17 }], false, text)).toBe(1);
    expect(match(g, [{ value: 5, direction: '=' }], false, text)).toBe(1);
  });

  it('matches one to one, in gold order', () => {
    const g = [{ value: 5, direction: '=' as const }, { value: 5, direction: '=' as const }];
    expect(match(g, [{ value: 5, direction: '~' }], false)).toBe(1);
    expect(match(g, [{ value: 5, direction: '~' }], true)).toBe(0);
  });
});

describe('evalNumbers', () => {
  const records = [
    { id: 'a', spec: 'quantities', text: 'About 40 boats and 3 cars left in 2020.', numbers: [{ value: 40, change: '~' }, { value: 3 }] },
    { id: 'b', spec: 'CurrencyModel', text: 'It cost $5 and 7 apples.', numbers: [{ value: 5 }] },
  ];
  it('scores value and value+qualifier, dates and years left out, precision within a spec', () => {
    const { cases } = scoreNumbers(records);
    expect(cases[0]).toMatchObject({ value: 2, valueDir: 2 });
    expect(cases[0]!.preds.map((p) => p.text)).toEqual(['About 40', '3']);
    expect(cases[1]!.preds.map((p) => p.text)).toEqual(['$5']);
    const [table] = evalNumbers(records);
    expect(table!.columns).toContain('value F1');
    expect(table!.rows.length).toBeGreaterThan(0);
  });

  it('computes F1 from the counts: 2 x matched / (predicted + gold)', () => {
    // one gold, three predictions, one match: P 33.3, R 100, F1 exactly 50.0
    const [table] = evalNumbers([{ id: 'c', spec: 'quantities', text: 'Ships: 4, 9 and 12.', numbers: [{ value: 4, start: 7 }] }]);
    const row = table!.rows.find((r) => String(r[0]).endsWith('(all)'))!;
    const col = (name: string) => row[table!.columns.indexOf(name)];
    expect([col('value P'), col('value R'), col('value F1')]).toEqual([33.3, 100, 50]);
  });
});

describe('inSpec: the predictions each Recognizers model would list', () => {
  const fig = (over: Partial<Figure>): Figure => ({
    doc: 'd', text: '3', start: 0, end: 1, value: 3, kind: 'count', unit: null, qualifier: 'exact', subject: null,
    source: null, sourceKind: 'unattributed', sourceMention: null, hedge: null, rule: 'digits', ...over,
  });
  it.each<[string, Partial<Figure>, boolean]>([
    ['NumberModel', { text: '3 years', kind: 'measure', unit: 'year' }, true],
    ['NumberModel', { text: '$5', kind: 'money', unit: 'USD' }, true],
    ['NumberModel', { text: '2019', kind: 'year' }, false],
    ['NumberModel', { text: 'third', kind: 'ordinal' }, false],
    ['NumberRangeModel', { text: 'equals 35' }, true],
    ['NumberRangeModel', { text: 'equal to 35' }, true],
    ['NumberRangeModel', { text: 'more than 20', qualifier: 'more-than' }, true],
    ['NumberRangeModel', { text: '20' }, false],
    ['NumberRangeModel', { text: 'about 20', qualifier: 'about' }, false],
    ['DimensionModel', { text: '6 km', kind: 'measure', unit: 'km' }, true],
    ['DimensionModel', { text: '6 weeks', kind: 'measure', unit: 'week' }, false],
    ['DimensionModel', { text: '6 °C', kind: 'measure', unit: '°C' }, false],
    ['TemperatureModel', { text: '6 °C', kind: 'measure', unit: '°C' }, true],
    ['CurrencyModel', { text: '6' }, false],
  ])('%s lists %j: %s', (spec, over, want) => expect(inSpec(spec, fig(over))).toBe(want));
});

describe('evalFigureSources', () => {
  it('counts digit figures, inside and outside the gold attributions', () => {
    const text = 'Officials said 40 boats sank. The port has 12 cranes.';
    const t = scoreFigureSources([{ id: 'x', text, quotes: [{ start: 15, end: 28, speakerStart: 0, speakerEnd: 9, speaker: 'Officials' }] }]);
    expect(t.digits).toBe(2);
    expect(t.reported).toBe(2);
    expect(t.insideDigits).toBe(1);
    expect(t.outsideReported).toBe(1);
  });
});
