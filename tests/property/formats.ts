// Renders records in every format and reads each back strictly: shared by the render
// properties and the fuzz corpus. Fails through expect.
import { expect } from 'vitest';
import { createSink, makeChalk, type Format, type View } from '../../src/render/index.js';
import { cellText } from '../../src/render/types.js';
import { parseCsvStrict, parseTsvStrict, TERMINAL_UNSAFE } from './parsers.js';

function render<R>(format: Format, view: View<R>, records: R[]): string {
  let out = '';
  const target = { write: (s: string) => void (out += s), color: makeChalk({ flag: false, env: {}, isTTY: false }), width: 80, pretty: false };
  const sink = createSink(format, view, target);
  records.forEach((r) => sink.write(r));
  sink.end();
  return out;
}

// Only what JSON can say: undefined fields dropped.
const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
// CSV escapes these visibly (so they never reach a terminal); every other character round-trips.
const CSV_REWRITTEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const JSON_RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/**
 * Checks every format for `records` (the table for the first `tableLimit` only). Comparisons
 * are gathered in plain loops and asserted once: the fuzz corpus passes thousands of records.
 */
export function checkFormats<R>(view: View<R>, records: R[], tableLimit = Infinity): void {
  const toJson = view.json ?? ((r: R) => r);
  const expected = JSON.stringify(records.map(toJson));

  const json = render('json', view, records);
  expect(JSON_RAW_UNSAFE.test(json)).toBe(false);
  expect(JSON.stringify(JSON.parse(json))).toBe(expected);

  const jsonl = render('jsonl', view, records);
  expect(JSON_RAW_UNSAFE.test(jsonl)).toBe(false);
  const lines = jsonl.split('\n');
  expect(lines.pop()).toBe('');
  expect(JSON.stringify(lines.map((l) => JSON.parse(l)))).toBe(expected);

  const headers = view.flat.map((c) => c.header);
  const cells = records.map((r) => view.flat.map((c) => cellText(c.value(r))));
  const tsvText = render('tsv', view, records);
  expect(TERMINAL_UNSAFE.test(tsvText.replace(/\t/g, ' '))).toBe(false);
  const tsv = parseTsvStrict(tsvText);
  expect(tsv.length).toBe(records.length + 1);
  expect(tsv[0]).toEqual(headers);
  const tsvWrong = cells.flatMap((row, i) => (row.join('\t') === tsv[i + 1]?.join('\t') && row.length === tsv[i + 1]?.length ? [] : [{ row: i, want: row, got: tsv[i + 1] }]));
  expect(tsvWrong.slice(0, 3)).toEqual([]);

  const csv = parseCsvStrict(render('csv', view, records));
  expect(csv.length).toBe(records.length + 1);
  const csvWrong = cells.flatMap((row, i) => {
    const got = csv[i + 1] ?? [];
    const ok = got.length === row.length && row.every((text, j) => CSV_REWRITTEN.test(text) || got[j] === text);
    return ok ? [] : [{ row: i, want: row, got }];
  });
  expect(csvWrong.slice(0, 3)).toEqual([]);

  // A terminal table of thousands of rows is no one's use; its safety shows on the first ones.
  const table = render('table', view, records.slice(0, tableLimit));
  expect(table.match(TERMINAL_UNSAFE)).toBeNull();
}
