// Every format through createSink reads back to the records, the hostile ones included (tests/render/helpers.ts):
// JSON and JSON lines losslessly, TSV escaped, CSV as RFC 4180.
import { describe, expect, it } from 'vitest';
import { quote } from '../fixtures/records.js';
import { hostile, parseCsv, parseTsv, renderQuotes } from './helpers.js';
import { quoteView } from '../../src/render/views.js';

describe('formats read back to the records', () => {
  it('json is one valid array with the full records', () => {
    expect(JSON.parse(renderQuotes('json'))).toEqual(hostile);
    expect(JSON.parse(renderQuotes('json', hostile, { pretty: true }))).toEqual(hostile);
  });

  it.each([[[]], [[quote()]]])('json of %j records parses', (records) => {
    expect(JSON.parse(renderQuotes('json', records))).toEqual(records);
  });

  it('jsonl has one record a line', () => {
    const lines = renderQuotes('jsonl').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(hostile);
  });

  it('tsv has a header and one line a record, escaped', () => {
    const rows = parseTsv(renderQuotes('tsv'));
    expect(rows[0]).toEqual(quoteView.flat.map((c) => c.header));
    expect(rows).toHaveLength(hostile.length + 1);
    const text = rows[0]?.indexOf('text') ?? -1;
    expect(rows.slice(1).map((r) => r[text])).toEqual(hostile.map((q) => q.text.replace(/\u001b/g, '\\x1b').replace(/\u009b/g, '\\x9b').replace(/\u202e/g, '\\u202e')));
  });

  it('csv is RFC 4180: fields with commas, quotes and newlines survive', () => {
    const rows = parseCsv(renderQuotes('csv'));
    expect(rows).toHaveLength(hostile.length + 1);
    const text = rows[0]?.indexOf('text') ?? -1;
    expect(rows[2]?.[text]).toBe('a, "b"\tc\nd\\e');
    expect(rows[2]?.[rows[0]?.indexOf('speaker') ?? -1]).toBe('José Ñúñez');
  });

  it.each(['tsv', 'csv'] as const)('%s of no records is the header alone', (format) => {
    expect(renderQuotes(format, []).trim().split(/\r?\n/)).toHaveLength(1);
  });

  it('an empty table prints nothing', () => {
    expect(renderQuotes('table', [])).toBe('');
  });
});
