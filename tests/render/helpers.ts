// A Target that collects what renderers write, small parsers to read formats back, and quotes rendered through
// createSink (the records that break naive renderers by default).
import { makeChalk } from '../../src/render/color.js';
import { createSink } from '../../src/render/index.js';
import type { Target } from '../../src/render/types.js';
import { quoteView } from '../../src/render/views.js';
import type { Quote } from '../../src/types.js';
import { quote } from '../fixtures/records.js';

export function collect(opts: { color?: boolean; width?: number; pretty?: boolean } = {}): Target & { out: () => string } {
  let buf = '';
  return {
    write: (s) => {
      buf += s;
    },
    color: makeChalk({ flag: opts.color ?? false, env: {}, isTTY: false }),
    width: opts.width,
    pretty: opts.pretty ?? false,
    out: () => buf,
  };
}

/** Reads linear TSV back: one line a record, `\t \n \r \\` unescaped. */
export function parseTsv(text: string): string[][] {
  return text.split('\n').filter((l) => l !== '').map((line) =>
    line.split('\t').map((cell) => cell.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c] ?? `\\${c}`)),
  );
}

/** Undoes every escape attrib's TSV writes (\t \n \r \\ \xHH \uHHHH), in one pass. */
export function unescapeTsvCell(cell: string): string {
  return cell.replace(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|(.))/g, (_, x?: string, u?: string, c?: string) =>
    x !== undefined || u !== undefined ? String.fromCharCode(parseInt(x ?? u ?? '0', 16)) : ({ t: '\t', n: '\n', r: '\r', '\\': '\\' } as Record<string, string>)[c ?? ''] ?? `\\${c ?? ''}`,
  );
}

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The text of one column of a rendered table, one string per row (wrapped lines joined by a space). */
export function tableColumn(out: string, header: string): string[] {
  const lines = out.split('\n');
  const head = lines.findIndex((l) => l.startsWith('│') && l.split('│').some((c) => c.trim() === header));
  if (head < 0) return [];
  const index = (lines[head] ?? '').split('│').findIndex((c) => c.trim() === header);
  const rows: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(head + 1)) {
    if (line.startsWith('├') || line.startsWith('└')) {
      if (current) rows.push(current.join(' ').trim());
      current = [];
    } else if (line.startsWith('│') && current) current.push((line.split('│')[index] ?? '').trim());
  }
  return rows;
}

// Texts that break naive renderers: separators, quotes, newlines, escapes, non-ASCII.
export const hostile = [
  quote(),
  quote({ text: 'a, "b"\tc\nd\\e', speaker: 'José Ñúñez' }),
  quote({ text: 'clear \u001b[2J screen \u009b and \u202e flip', speaker: null, speakerMention: null, cue: null, role: null }),
];

/** The quotes written by the sink of `format` with the quote view, as the target collected them. */
export function renderQuotes(format: 'table' | 'tsv' | 'csv' | 'json' | 'jsonl', records: Quote[] = hostile, opts: Parameters<typeof collect>[0] = {}): string {
  const target = collect(opts);
  const sink = createSink(format, quoteView, target);
  for (const r of records) sink.write(r);
  sink.end();
  return target.out();
}
