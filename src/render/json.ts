// JSON (one array, streamed element by element) and JSON Lines (one record a line).
import { stringifyJson } from './escape.js';
import type { Sink, Target } from './types.js';

export function jsonSink<R>(toJson: (r: R) => unknown, target: Target): Sink<R> {
  let n = 0;
  return {
    write(record) {
      const body = target.pretty ? stringifyJson(toJson(record), 2).replace(/\n/g, '\n  ') : stringifyJson(toJson(record));
      target.write((n++ === 0 ? '[\n  ' : ',\n  ') + body);
    },
    end() {
      target.write(n === 0 ? '[]\n' : '\n]\n');
    },
  };
}

export function jsonlSink<R>(toJson: (r: R) => unknown, target: Target): Sink<R> {
  return {
    write(record) {
      target.write(stringifyJson(toJson(record)) + '\n');
    },
    end() {},
  };
}
