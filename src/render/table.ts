// The terminal table: every cell escaped, columns fitted to the width, text wrapped, borders
// drawn with the usual box characters; colour only from the target's chalk (bold headers).
//
// Drawn here rather than by cli-table3 0.6.5, after measuring (2 cores, load ~9): cli-table3's
// Cell.draw() calls utils.truncate(this.content, 10) for EVERY line it draws (only to build a
// debug message), and truncate measures the whole cell each time and, when the cell holds wide
// characters, shortens it one character at a time. A cell therefore costs O(lines x length),
// O(lines x length^2) with CJK: pre-wrapped cells with wordWrap off took 2 ms for 1 line, 16 ms
// for 4, 91 ms for 8, 650 ms for 16 lines; cells capped at 500 characters still took 100-270 ms
// a row (a 200-quote hostile document: 20-54 s), an ordinary one-line row ~0.8 ms. This drawer
// is linear: ~0.01 ms a row, a 2,000-character CJK cell 12 ms. It also never colours a pipe.
import { escapeTerminal } from './escape.js';
import { fitWidths } from './widths.js';
import { displayWidth, keepEnd, wrapText } from './wrap.js';
import { cellText, type Column, type Sink, type Target } from './types.js';

// One space of padding on each side of a cell, a border before, after and between columns.
const PADDING = 2;

export interface Layout {
  wide: boolean[];
  keepEnd?: boolean[];
}

/** A border line: ┌──┬──┐, ├──┼──┤ or └──┴──┘. */
function border(widths: number[], [left, mid, right]: [string, string, string]): string {
  return left + widths.map((w) => '─'.repeat(w + PADDING)).join(mid) + right + '\n';
}

/** The lines of one row: each cell's lines padded to its column, the row as tall as its tallest cell. */
function rowLines(cells: string[][], widths: number[], style: (s: string) => string = (s) => s): string {
  const height = Math.max(1, ...cells.map((c) => c.length));
  let out = '';
  for (let l = 0; l < height; l++) {
    out += '│' + cells.map((lines, i) => {
      const line = lines[l] ?? '';
      const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(line)));
      return ` ${line === '' ? '' : style(line)}${pad} `;
    }).join('│') + '│\n';
  }
  return out;
}

/** Each column's widest cell or header. */
function naturalWidths(headers: string[], cells: string[][]): number[] {
  const natural = headers.map((h) => displayWidth(h));
  for (const r of cells) r.forEach((c, i) => (natural[i] = Math.max(natural[i] ?? 0, displayWidth(c))));
  return natural;
}

/** Content widths fitted to the target's width. */
function fitTo(headers: string[], natural: number[], layout: Layout, target: Target): number[] {
  const available = (target.width ?? Number.MAX_SAFE_INTEGER) - (headers.length + 1) - PADDING * headers.length;
  return fitWidths(natural, Math.max(available, 4 * headers.length), { wide: layout.wide, low: layout.keepEnd, floors: headers.map(displayWidth) });
}

const without = <T>(xs: T[], at: number): T[] => xs.filter((_, i) => i !== at);

/** Writes the table to the target, a row at a time. */
export function renderTable(headers: string[], cells: string[][], layout: Layout, target: Target): void {
  const natural = naturalWidths(headers, cells);
  const widths = fitTo(headers, natural, layout, target);
  // A path cut to its last few characters ("…txt") no longer names its file: when the table is
  // too narrow for the paths, each run of rows from one document gets the name on a line of its
  // own, across the table, and the column goes.
  const path = (layout.keepEnd ?? []).findIndex((k, i) => k && (widths[i] ?? 0) < (natural[i] ?? 0));
  if (path >= 0) {
    const rest = { wide: without(layout.wide, path), keepEnd: without(layout.keepEnd ?? [], path) };
    const kept = without(headers, path);
    const sections = cells.map((r) => r[path] ?? '');
    const rows = cells.map((r) => without(r, path));
    return drawTable(kept, rows, fitTo(kept, naturalWidths(kept, rows), rest, target), rest, target, sections);
  }
  drawTable(headers, cells, widths, layout, target);
}

/** Draws the table; `sections` (one name a row) opens a line across the table wherever the name changes. */
function drawTable(headers: string[], cells: string[][], widths: number[], layout: Layout, target: Target, sections?: string[]): void {
  // A path keeps its end, which is what tells files apart; everything else wraps.
  const fit = (c: string, i: number): string[] => {
    const w = widths[i] ?? 1;
    return layout.keepEnd?.[i] ? [keepEnd(c, w)] : wrapText(c, w);
  };
  // Inside the outer borders: every column with its padding, and the borders between them.
  const across = widths.reduce((a, w) => a + w + PADDING, 0) + widths.length - 1 - PADDING;
  target.write(border(widths, ['┌', '┬', '┐']));
  target.write(rowLines(headers.map(fit), widths, (s) => target.color.bold(s)));
  cells.forEach((r, i) => {
    const name = sections?.[i];
    if (name !== undefined && (i === 0 || name !== sections?.[i - 1])) {
      const shown = keepEnd(name, across);
      target.write(border(widths, ['├', '┴', '┤']));
      target.write(`│ ${target.color.bold(shown)}${' '.repeat(Math.max(0, across - displayWidth(shown)))} │\n`);
      target.write(border(widths, ['├', '┬', '┤']));
    } else target.write(border(widths, ['├', '┼', '┤']));
    target.write(rowLines(r.map(fit), widths));
  });
  target.write(border(widths, ['└', '┴', '┘']));
}

// Nobody reads a quote of many thousand characters in a terminal: a table cell is cut, saying
// how much is left. Every other format carries the whole text.
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
      // Every row from one document: its name goes above the table instead of in a column.
      const shared = columns.map((c, i) => c.keepEnd === true && rows.every((r) => r[i] === rows[0]?.[i]));
      for (const [i, one] of shared.entries()) if (one) target.write(`${target.color.bold(rows[0]?.[i] ?? '')}\n`);
      const keep = <T>(xs: T[]): T[] => xs.filter((_, i) => !shared[i]);
      const kept = keep(columns);
      renderTable(kept.map((c) => c.header), rows.map(keep), { wide: kept.map((c) => c.wide === true), keepEnd: kept.map((c) => c.keepEnd === true) }, target);
    },
  };
}
