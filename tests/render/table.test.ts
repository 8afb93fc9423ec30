// render/table.ts: the terminal table (box borders, cells padded to their column, rows as tall as their tallest cell),
// a document name shared by every row written once above the table, a path too long for the width moved to a line of
// its own across the table, and a cell cut at MAX_CELL characters saying how much is left.
import { describe, expect, it } from 'vitest';
import { clipCell, MAX_CELL, renderTable, tableSink } from '../../src/render/table.js';
import type { Column } from '../../src/render/types.js';
import { collect, renderQuotes, tableColumn } from './helpers.js';
import { quote } from '../fixtures/records.js';
import { displayWidth } from '../../src/render/wrap.js';

const draw = (headers: string[], cells: string[][], width?: number, keepEnd?: boolean[]): string[] => {
  const target = collect({ width });
  renderTable(headers, cells, { wide: headers.map(() => false), keepEnd }, target);
  return target.out().split('\n').filter((l) => l !== '');
};

describe('render/table: renderTable', () => {
  it('draws borders and pads each cell to its column', () => {
    expect(draw(['id', 'town'], [['1', 'Rye'], ['22', 'Oslo']])).toEqual([
      '┌────┬──────┐',
      '│ id │ town │',
      '├────┼──────┤',
      '│ 1  │ Rye  │',
      '├────┼──────┤',
      '│ 22 │ Oslo │',
      '└────┴──────┘',
    ]);
  });

  it('wraps a cell too wide for the width onto more lines of the same row', () => {
    const lines = draw(['id', 'text'], [['1', 'the tide came in early']], 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.filter((l) => l.startsWith('│ 1')).length).toBe(1);
    expect(lines.filter((l) => l.startsWith('│')).length).toBeGreaterThan(2);
  });

  it('moves a path cut short to a line across the table, once per run of rows from one document', () => {
    const path = 'archive/north/coast/harbour-report.txt';
    const note = 'the tide came in at noon';
    const lines = draw(['doc', 'note'], [[path, note], [path, note], ['b.txt', note]], 40, [true, false]);
    expect(lines.filter((l) => l.includes('harbour-report.txt')).length).toBe(1);
    expect(lines.filter((l) => l.includes('b.txt')).length).toBe(1);
    expect(lines.some((l) => /│ doc /.test(l))).toBe(false);
    expect(lines.filter((l) => l.includes(note)).length).toBe(3);
  });

  it('keeps the path column when it fits', () => {
    const lines = draw(['doc', 'n'], [['a.txt', '1'], ['b.txt', '2']], 80, [true, false]);
    expect(lines[1]).toBe('│ doc   │ n │');
  });
});

describe('render/table: clipCell', () => {
  it.each<[string, string, string]>([
    ['short: as it is', 'Rye', 'Rye'],
    ['exactly MAX_CELL: as it is', 'x'.repeat(MAX_CELL), 'x'.repeat(MAX_CELL)],
    ['longer: cut, saying how much is left', 'x'.repeat(MAX_CELL + 7), `${'x'.repeat(MAX_CELL)}… [7 more characters; --json shows all]`],
  ])('%s', (_name, cell, expected) => {
    expect(clipCell(cell)).toBe(expected);
  });
});

describe('render/table: tableSink', () => {
  const columns: Column<{ doc: string; n: number }>[] = [{ header: 'doc', value: (r) => r.doc, keepEnd: true }, { header: 'n', value: (r) => r.n }];
  const sink = (rows: { doc: string; n: number }[]): string => {
    const target = collect({ width: 80 });
    const s = tableSink(columns, target);
    for (const r of rows) s.write(r);
    s.end();
    return target.out();
  };

  it('writes a name every row shares once above the table, not as a column', () => {
    const out = sink([{ doc: 'a.txt', n: 1 }, { doc: 'a.txt', n: 2 }]);
    expect(out.split('\n')[0]).toBe('a.txt');
    expect(out).not.toContain('│ doc');
  });

  it('keeps the column when rows come from several documents', () => {
    expect(sink([{ doc: 'a.txt', n: 1 }, { doc: 'b.txt', n: 2 }])).toContain('│ doc');
  });

  it('writes nothing for no rows', () => {
    expect(sink([])).toBe('');
  });

  it('escapes control characters in a cell', () => {
    expect(sink([{ doc: 'a\u001b[2Jb', n: 1 }])).not.toContain('\u001b');
  });
});

describe('render/table: the quote table through createSink', () => {
  it('rows all from one document: its name above the table, not in a column', () => {
    const out = renderQuotes('table', [quote(), quote({ text: 'Second' })], { width: 100 });
    expect(out.split('\n')[0]).toBe('a.txt');
    expect(tableColumn(out, 'doc')).toEqual([]);
    expect(tableColumn(renderQuotes('table', [quote(), quote({ doc: 'b.txt' })], { width: 100 }), 'doc')).toEqual(['a.txt', 'b.txt']);
  });

  it('a huge cell is cut, saying how much is left (other formats keep it whole)', () => {
    const huge = quote({ text: 'word '.repeat(20_000) });
    expect(tableColumn(renderQuotes('table', [huge], { width: 100 }), 'text')[0]).toMatch(/… \[98000 more characters; --json shows all\]$/);
    expect((JSON.parse(renderQuotes('json', [huge])) as { text: string }[])[0]?.text).toHaveLength(100_000);
  });

  // A path cut to its end ("…txt") no longer names its file: a table too narrow for the paths
  // puts each document's name on a line across the table, above its rows.
  describe('documents too long for the table: their names on lines across it', () => {
    const deep = 'archive/2024/very/deep/folder/story-about-bridges.txt';
    const lines = (out: string): string[] => out.trimEnd().split('\n');

    it.each([
      ['a long path beside long text', [quote({ doc: deep, text: 'word '.repeat(40) }), quote({ doc: 'b.txt' })], 80, [deep, 'b.txt']],
      ['short paths in a narrow table', [quote({ doc: 'north/ferry.txt' }), quote({ doc: 'north/ferry.txt', text: 'Again' }), quote({ doc: 'south/ferry.txt' })], 40, ['north/ferry.txt', 'south/ferry.txt']],
      ['a path wider than the table keeps its end', [quote({ doc: deep }), quote({ doc: 'b.txt' })], 40, ['…', 'b.txt']],
    ] as const)('%s', (_name, records, width, names) => {
      const out = renderQuotes('table', [...records], { width });
      expect(tableColumn(out, 'doc')).toEqual([]);
      const named = lines(out).filter((l) => /^│ \S/.test(l) && !l.includes('│ type ') && l.split('│').length === 3).map((l) => l.slice(2, -2).trim());
      expect(named.map((n) => (n.startsWith('…') ? '…' : n))).toEqual([...names]);
      if (names[0] === '…') expect(named[0]).toMatch(/^….*bridges\.txt$/);
      // one line each, whatever the rows: borders close the columns above it and open them below
      expect(out).toMatch(/├─*┴.*┤\n│ .* │\n├─*┬.*┤/);
      for (const l of lines(out)) expect(displayWidth(l)).toBe(width);
    });

    it.each([
      ['the paths fit: a column as before', [quote({ doc: 'north/harbour/ferry-timetable.txt' }), quote({ doc: 'b.txt' })], 200],
      ['short paths fit a narrow table', [quote({ doc: 'a.txt' }), quote({ doc: 'b.txt' })], 70],
    ] as const)('%s', (_name, records, width) => {
      const out = renderQuotes('table', [...records], { width });
      expect(tableColumn(out, 'doc')).toEqual(records.map((r) => r.doc));
      expect(out).not.toMatch(/├─*┴/);
    });

    it('rows all from one document still have its name above the table', () => {
      const out = renderQuotes('table', [quote({ doc: deep, text: 'word '.repeat(40) }), quote({ doc: deep })], { width: 80 });
      expect(lines(out)[0]).toBe(deep);
      expect(out).not.toContain(`│ ${deep}`);
    });
  });
});
