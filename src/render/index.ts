// One entry point for every format: the CLI picks the format once, then feeds records.
import { csvSink, tsvSink } from './delimited.js';
import { jsonlSink, jsonSink } from './json.js';
import { tableSink } from './table.js';
import type { Format, Sink, Target, View } from './types.js';

export type { Cell, Column, Format, Sink, Target, View } from './types.js';
export { FORMATS } from './types.js';
export { colorLevel, makeChalk } from './color.js';
export { escapeCsv, escapeTerminal, escapeTsv, stringifyJson } from './escape.js';

export function createSink<R>(format: Format, view: View<R>, target: Target, explain = false): Sink<R> {
  const toJson = view.json ?? ((r: R) => r);
  switch (format) {
    case 'table':
      return tableSink(explain ? view.table.concat(view.explain ?? []) : view.table, target);
    case 'tsv':
      return tsvSink(view.flat, target);
    case 'csv':
      return csvSink(view.flat, target);
    case 'json':
      return jsonSink(toJson, target);
    case 'jsonl':
      return jsonlSink(toJson, target);
  }
}
