// render/delimited.ts: TSV (tab, LF) and CSV (comma, CRLF per RFC 4180), a header row then a line a record; an empty
// result still gets its header, and the header is written once.
import { describe, expect, it } from 'vitest';
import { csvSink, tsvSink } from '../../src/render/delimited.js';
import type { Column } from '../../src/render/types.js';
import { collect } from './helpers.js';

type Row = { name: string; n: number | null };
const columns: Column<Row>[] = [{ header: 'name', value: (r) => r.name }, { header: 'count', value: (r) => r.n }];

const run = (kind: 'tsv' | 'csv', rows: Row[]): string => {
  const target = collect();
  const sink = kind === 'tsv' ? tsvSink(columns, target) : csvSink(columns, target);
  for (const r of rows) sink.write(r);
  sink.end();
  return target.out();
};

describe('render/delimited', () => {
  it.each<[string, 'tsv' | 'csv', Row[], string]>([
    ['tsv: header and rows', 'tsv', [{ name: 'Oslo', n: 3 }, { name: 'Rye', n: null }], 'name\tcount\nOslo\t3\nRye\t\n'],
    ['csv: CRLF line ends', 'csv', [{ name: 'Oslo', n: 3 }], 'name,count\r\nOslo,3\r\n'],
    ['tsv: an empty result is its header', 'tsv', [], 'name\tcount\n'],
    ['csv: an empty result is its header', 'csv', [], 'name,count\r\n'],
    ['tsv: a tab and a line break in a cell are escaped', 'tsv', [{ name: 'a\tb\nc', n: 0 }], 'name\tcount\na\\tb\\nc\t0\n'],
    ['csv: a comma and a quote make a quoted field', 'csv', [{ name: 'a, "b"', n: 1 }], 'name,count\r\n"a, ""b""",1\r\n'],
  ])('%s', (_name, kind, rows, expected) => {
    expect(run(kind, rows)).toBe(expected);
  });
});
