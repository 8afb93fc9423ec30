import { describe, expect, it } from 'vitest';
import { fitWidths } from '../../src/render/widths.js';
import { renderQuotes, tableColumn } from './helpers.js';
import { quote } from '../fixtures/records.js';

describe('fitWidths', () => {
  it.each([
    ['fits: natural widths', [5, 10, 20], [false, false, true], 100, [5, 10, 20]],
    ['short columns are capped at 40 even with room', [60, 5], [false, false], 200, [40, 5]],
    ['wide columns keep their width when there is room', [60, 5], [true, false], 200, [60, 5]],
    ['too wide: the wide column takes what short ones leave', [4, 8, 100], [false, false, true], 50, [4, 8, 38]],
    ['wide column gets at least half; short ones share the rest', [30, 30, 100], [false, false, true], 60, [15, 15, 30]],
    ['no wide column: the widest shrink first', [10, 30, 30], [false, false, false], 50, [10, 20, 20]],
    ['never below 4', [30, 30, 30], [false, false, false], 6, [4, 4, 4]],
  ])('%s', (_name, natural, wide, available, expected) => {
    const out = fitWidths(natural, available, { wide });
    expect(out).toEqual(expected);
  });

  it.each([
    ['a path column gives way first, and gets back the spare', [32, 20, 30], [false, false, true], 70, [true, false, false], [20, 20, 30]],
    ['a path column keeps its width when all fits', [32, 20, 30], [false, false, true], 100, [true, false, false], [32, 20, 30]],
    ['a path column stays at 14 while the rest water-fill', [32, 30, 60], [false, false, true], 60, [true, false, false], [14, 16, 30]],
  ])('%s', (_name, natural, wide, available, low, expected) => {
    expect(fitWidths(natural, available, { wide, low })).toEqual(expected);
  });

  it.each([
    ['a header keeps its width while others give way', [9, 30, 30], [false, false, false], 40, [9, 0, 0], [9, 15, 15]],
    ['floors that cannot fit are dropped', [9, 9, 9], [false, false, false], 12, [9, 9, 9], [4, 4, 4]],
    ['a floor never widens a column past its content', [3, 30], [false, false], 20, [9, 0], [3, 17]],
  ])('%s', (_name, natural, wide, available, floors, expected) => {
    expect(fitWidths(natural, available, { wide, floors })).toEqual(expected);
  });
});

describe('the quote table through createSink: fitted to the width', () => {
  it.each([50, 80, 120])('fits a width of %i columns', (width) => {
    const long = quote({ text: 'word '.repeat(60).trim() });
    const lines = renderQuotes('table', [long], { width }).trimEnd().split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toContain('word');
  });

  it('a long table renders in one piece, every line the same width', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => quote({ text: `q${i}`, speaker: 'A', doc: `d${i % 2}`, role: null, cue: null }));
    const out = renderQuotes('table', many, { width: 80 });
    expect(tableColumn(out, 'text').at(-1)).toBe('q19999');
    expect(out.match(/│ type /g)).toHaveLength(1);
    expect(new Set(out.split('\n').filter((l) => l !== '').map((l) => l.length)).size).toBe(1);
  });
});
