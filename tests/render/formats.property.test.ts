// Every format reads back to what was written, whatever a document holds (controls, escapes,
// separators, quotes, astral characters), and nothing unsafe reaches the output raw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteView } from '../../src/render/views.js';
import type { Quote } from '../../src/types.js';
import { quote } from '../fixtures/records.js';
import { parseCsv, renderQuotes, unescapeTsvCell } from './helpers.js';

// Text biased towards the characters that break renderers.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('\t', '\n', '\r', '\\', '"', ',', '\u001b', '[31m', '\u0007', '\u009b', '\u202e', '\u2028', 'é', '😀', ' ', 'x', '\\x1b', '\\t', '\\'), { maxLength: 30 }).map((a) => a.join('')),
);
const quotes = fc.array(fc.record({ text: nasty, speaker: fc.option(nasty, { nil: null }), doc: nasty }), { maxLength: 6 })
  .map((rs) => rs.map((r) => quote(r)));

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const render = (format: 'table' | 'tsv' | 'csv' | 'json' | 'jsonl', records: Quote[]): string => renderQuotes(format, records, { width: 100 });

const textColumn = quoteView.flat.findIndex((c) => c.header === 'text');

describe('formats, on any text', () => {
  it('json and jsonl give the records back', () => {
    fc.assert(fc.property(quotes, (qs) => {
      expect(JSON.parse(render('json', qs))).toEqual(qs);
      expect(render('jsonl', qs).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown)).toEqual(qs);
    }));
  });

  it('tsv: a header and one line a record, every text back after unescaping', () => {
    fc.assert(fc.property(quotes, (qs) => {
      const lines = render('tsv', qs).split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(qs.length + 1);
      const rows = lines.map((l) => l.split('\t'));
      for (const r of rows) expect(r).toHaveLength(quoteView.flat.length);
      // Every escape undone gives the text back exactly.
      rows.slice(1).forEach((r, i) => expect(unescapeTsvCell(r[textColumn] ?? '')).toBe(qs[i]?.text));
    }));
  });

  it('csv: RFC 4180 rows of equal length', () => {
    fc.assert(fc.property(quotes, (qs) => {
      const rows = parseCsv(render('csv', qs));
      expect(rows).toHaveLength(qs.length + 1);
      for (const r of rows) expect(r).toHaveLength(quoteView.flat.length);
    }));
  });

  it.each(['table', 'tsv', 'csv', 'json', 'jsonl'] as const)('%s never carries an unsafe character raw', (format) => {
    fc.assert(fc.property(quotes, (qs) => {
      expect(render(format, qs)).not.toMatch(UNSAFE);
    }));
  });
});
