// TSV and CSV: a header row, then one line per record. Written as records arrive.
import { escapeCsv, escapeTsv } from './escape.js';
import { cellText, type Column, type Sink, type Target } from './types.js';

function delimitedSink<R>(columns: Column<R>[], target: Target, sep: string, escape: (s: string) => string, eol: string): Sink<R> {
  let headed = false;
  const head = (): void => {
    if (headed) return;
    headed = true;
    target.write(columns.map((c) => escape(c.header)).join(sep) + eol);
  };
  return {
    write(record) {
      head();
      target.write(columns.map((c) => escape(cellText(c.value(record)))).join(sep) + eol);
    },
    // An empty result still gets its header, so downstream tools see the columns.
    end: head,
  };
}

export function tsvSink<R>(columns: Column<R>[], target: Target): Sink<R> {
  return delimitedSink(columns, target, '\t', escapeTsv, '\n');
}

/** RFC 4180 ends records with CRLF. */
export function csvSink<R>(columns: Column<R>[], target: Target): Sink<R> {
  return delimitedSink(columns, target, ',', escapeCsv, '\r\n');
}
