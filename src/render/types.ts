// What every renderer shares: the formats, the columns a record is shown with, and where
// the text goes. Records arrive one at a time (a Sink) so that streaming formats can
// write each as soon as its document is analysed.
import type { ChalkInstance } from 'chalk';

export const FORMATS = ['table', 'tsv', 'csv', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export type Cell = string | number | boolean | null | undefined;

export interface Column<R> {
  header: string;
  value: (record: R) => Cell;
  /** Long free text (quote content): in a table this column takes the width left over. */
  wide?: boolean;
  /** Paths and ids: when too long for the table, keep the end ("…/north/file.txt"), not the start. */
  keepEnd?: boolean;
}

/** How one kind of record is shown: few columns for people, every field for programs. */
export interface View<R> {
  /** Columns of the terminal table. */
  table: Column<R>[];
  /** Columns `--explain` adds to the table: which rule found the record. */
  explain?: Column<R>[];
  /** Columns of TSV and CSV: every scalar field, spans flattened. */
  flat: Column<R>[];
  /** The JSON form (default: the record itself). */
  json?: (record: R) => unknown;
}

export interface Target {
  write(chunk: string): void;
  color: ChalkInstance;
  /** Terminal width for tables; undefined when unknown. */
  width: number | undefined;
  /** JSON is indented for a person, compact for a program. */
  pretty: boolean;
}

export interface Sink<R> {
  write(record: R): void;
  end(): void;
}

/** A cell as plain text: null and undefined are empty, numbers as JavaScript prints them. */
export function cellText(c: Cell): string {
  return c === null || c === undefined ? '' : String(c);
}
