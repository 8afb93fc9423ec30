// render/json.ts: JSON streamed as one array (an empty result is "[]", --pretty indents each element inside the array)
// and JSON Lines (one compact record a line).
import { describe, expect, it } from 'vitest';
import { jsonlSink, jsonSink } from '../../src/render/json.js';
import { collect } from './helpers.js';

const run = (kind: 'json' | 'jsonl', records: unknown[], pretty = false): string => {
  const target = collect({ pretty });
  const sink = kind === 'json' ? jsonSink((r) => r, target) : jsonlSink((r) => r, target);
  for (const r of records) sink.write(r);
  sink.end();
  return target.out();
};

describe('render/json', () => {
  it.each<[string, 'json' | 'jsonl', unknown[], boolean, string]>([
    ['an empty array', 'json', [], false, '[]\n'],
    ['one element a line, compact', 'json', [{ a: 1 }, { b: 'x' }], false, '[\n  {"a":1},\n  {"b":"x"}\n]\n'],
    ['pretty: each element indented inside the array', 'json', [{ a: 1 }], true, '[\n  {\n    "a": 1\n  }\n]\n'],
    ['jsonl: nothing for no record', 'jsonl', [], false, ''],
    ['jsonl: one compact line a record, even when pretty', 'jsonl', [{ a: [1, 2] }, 'z'], true, '{"a":[1,2]}\n"z"\n'],
  ])('%s', (_name, kind, records, pretty, expected) => {
    expect(run(kind, records, pretty)).toBe(expected);
  });

  it('writes each record through the given conversion', () => {
    const target = collect();
    const sink = jsonSink((n: number) => ({ double: n * 2 }), target);
    sink.write(4);
    sink.end();
    expect(JSON.parse(target.out())).toEqual([{ double: 8 }]);
  });

  it('keeps a line break inside a string escaped, so jsonl stays one line a record', () => {
    expect(run('jsonl', [{ t: 'a\nb' }]).split('\n')).toEqual(['{"t":"a\\nb"}', '']);
  });
});
