// The terminal table: cli-table3 for layout only (its own styles are off because it would
// colour pipes), chalk for bold headers, every cell escaped, columns fitted to the width.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import { escapeTerminal } from './escape.js';
import { fitWidths } from './widths.js';
import { cellText, type Column, type Sink, type Target } from './types.js';

// Loaded on the first table only: piped runs (TSV, JSON) never pay for it. It is CommonJS,
// so a synchronous require keeps the renderers synchronous.
let Table: typeof TableType | undefined;
const loadTable = (): typeof TableType => (Table ??= createRequire(import.meta.url)('cli-table3') as typeof TableType);

// cli-table3 counts a border before, after and between columns, and one space of padding
// on each side of every cell.
const PADDING = 2;

export interface Layout {
  wide: boolean[];
  keepEnd?: boolean[];
}

// cli-table3 overflows the stack on tens of thousands of rows, and a long table wants its
// header again now and then: rows go out in tables of this many, all of the same widths.
const ROWS_PER_TABLE = 1000;

/** Writes the table (or a run of tables of equal widths) to the target. */
export function renderTable(headers: string[], cells: string[][], layout: Layout, target: Target): void {
  // A loop, not Math.max(...rows): a table of 100,000 rows would overflow the argument list.
  const natural = headers.map((h) => h.length);
  for (const r of cells) r.forEach((c, i) => (natural[i] = Math.max(natural[i] ?? 0, c.length)));
  const available = (target.width ?? Number.MAX_SAFE_INTEGER) - (headers.length + 1) - PADDING * headers.length;
  const widths = fitWidths(natural, layout.wide, Math.max(available, 4 * headers.length), layout.keepEnd);
  // cli-table3 cuts a long unbreakable value at its end; for a path the end is what tells files apart.
  const rows = cells.map((r) => r.map((c, i) => {
    const w = widths[i] ?? c.length;
    return layout.keepEnd?.[i] && c.length > w ? `…${c.slice(c.length - w + 1)}` : c;
  }));
  for (let from = 0; from < Math.max(rows.length, 1); from += ROWS_PER_TABLE) {
    const table = new (loadTable())({
      head: headers.map((h) => target.color.bold(h)),
      style: { head: [], border: [] },
      colWidths: widths.map((w) => w + PADDING),
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    table.push(...rows.slice(from, from + ROWS_PER_TABLE));
    target.write(table.toString() + '\n');
  }
}

// cli-table3 wraps a cell in time quadratic in its length (80,000 characters take seconds), and
// nobody reads a quote that long in a terminal: a table cell is cut, saying how much is left.
// Every other format carries the whole text.
export const MAX_CELL = 2000;

export function clipCell(s: string): string {
  return s.length <= MAX_CELL ? s : `${s.slice(0, MAX_CELL)}… [${s.length - MAX_CELL} more characters; --json shows all]`;
}

/** Buffers the rows (a table needs every width before its first line) and prints at the end. */
export function tableSink<R>(columns: Column<R>[], target: Target): Sink<R> {
  const rows: string[][] = [];
  return {
    write(record) {
      rows.push(columns.map((c) => escapeTerminal(clipCell(cellText(c.value(record))))));
    },
    end() {
      if (rows.length === 0) return;
      const headers = columns.map((c) => c.header);
      renderTable(headers, rows, { wide: columns.map((c) => c.wide === true), keepEnd: columns.map((c) => c.keepEnd === true) }, target);
    },
  };
}
