import { describe, expect, it } from 'vitest';
import { parseRecord, readJsonl, toDocument } from '../../src/corpus/jsonl.js';
import { UniqueIds } from '../../src/corpus/ids.js';
import type { Line } from '../../src/corpus/lines.js';
import { brief } from './helpers.js';

async function run(lines: string[], ids = new UniqueIds()): Promise<string[]> {
  const source = (async function* (): AsyncGenerator<Line> {
    let n = 0;
    for (const text of lines) yield { text, number: ++n, replaced: text.includes('\ufffd') };
  })();
  const out: string[] = [];
  for await (const ev of readJsonl(source, 'data.jsonl', ids)) out.push(brief(ev));
  return out;
}

describe('parseRecord', () => {
  it.each([
    ['{"id":"a","text":"x"}\n', true, undefined],
    ['  {"text":""}\r\n', true, undefined],
    ['{"text":"x"', false, 'invalid JSON'],
    ['["text"]', false, 'not a JSON object'],
    ['null', false, 'not a JSON object'],
    ['"text"', false, 'not a JSON object'],
    ['{"id":"a"}', false, 'no "text" field'],
    ['{"text":42}', false, '"text" is not a string'],
    ['{"text":null}', false, '"text" is not a string'],
    // a byte order mark opening the line: files joined by cat, each written with one
    ['\ufeff{"id":"b","text":"x"}\r\n', true, undefined],
    ['\ufeff  {"text":"x"}', true, undefined],
    // only at the start, and only the mark: what follows must still be a record
    ['{"text":"x"}\ufeff', false, 'invalid JSON'],
    ['\ufeff\ufeff{"text":"x"}', false, 'invalid JSON'],
    ['\ufeff["text"]', false, 'not a JSON object'],
  ])('%j -> ok %s', (line, ok, reason) => {
    const parsed = parseRecord(line);
    expect(parsed.ok).toBe(ok);
    if (!parsed.ok) expect(parsed.reason).toBe(reason);
  });
});

describe('toDocument', () => {
  it.each([
    [{ id: 'a', text: 't' }, { id: 'a', text: 't' }],
    [{ id: 'a', text: 't', url: 'u', n: 1 }, { id: 'a', text: 't', meta: { url: 'u', n: 1 } }],
  ])('%j', (record, doc) => expect(toDocument(record, 'a')).toEqual(doc));
});

describe('readJsonl', () => {
  it.each([
    ['one record a line', ['{"id":"a","text":"A"}\n', '{"id":"b","text":"B"}'], ['doc a=A', 'doc b=B']],
    ['blank lines ignored', ['\n', '{"id":"a","text":"A"}\n', '   \r\n'], ['doc a=A']],
    ['CRLF lines', ['{"id":"a","text":"A"}\r\n', '{"id":"b","text":"B"}\r\n'], ['doc a=A', 'doc b=B']],
    ['a bad line named and skipped', ['{"id":"a","text":"A"}\n', '{oops\n', '{"id":"c","text":"C"}\n'],
      ['doc a=A', 'skip data.jsonl:2: invalid JSON', 'doc c=C']],
    ['a line without text', ['{"id":"a"}\n'], ['skip data.jsonl:1: no "text" field']],
    ['a missing id -> file:line', ['\n', '{"text":"A"}\n'], ['doc data.jsonl:2=A']],
    ['an empty or odd id -> file:line', ['{"id":"","text":"A"}\n', '{"id":{},"text":"B"}\n'], ['doc data.jsonl:1=A', 'doc data.jsonl:2=B']],
    ['a numeric id', ['{"id":7,"text":"A"}\n'], ['doc 7=A']],
    ['duplicate ids made unique, with a warning', ['{"id":"a","text":"A"}\n', '{"id":"a","text":"B"}\n'],
      ['doc a=A', 'warn data.jsonl:2: duplicate id "a" renamed "a#2"', 'doc a#2=B']],
    ['invalid bytes warned once a file', ['{"id":"a","text":"\ufffd"}\n', '{"id":"b","text":"\ufffd"}\n'],
      ['warn data.jsonl:1: invalid bytes replaced with U+FFFD (is the file UTF-8?)', 'doc a=\ufffd', 'doc b=\ufffd']],
    ['a JSON array named once for the file', ['[\n', '{"id":"a","text":"A"},\n', ']\n'],
      ['skip data.jsonl: a JSON array, not JSON Lines (one object a line; jq -c ".[]" converts it)']],
    ['pretty-printed JSON named once for the file', ['\n', '{\n', '  "text": "A"\n', '}\n'],
      ['skip data.jsonl: pretty-printed JSON, not JSON Lines (one object a line; jq -c . converts it)']],
    ['a bad first line of another kind is only that line', ['{"text":\n', '{"text":"B"}\n'], ['skip data.jsonl:1: invalid JSON', 'doc data.jsonl:2=B']],
    ['two files joined by cat, each opening with a byte order mark', ['{"id":"a","text":"A"}\r\n', '\ufeff{"id":"b","text":"B"}\r\n'], ['doc a=A', 'doc b=B']],
    ['text kept exactly (escapes decoded, lone surrogates kept)', ['{"id":"a","text":"x\\r\\ny\\ud800"}'], ['doc a=x\r\ny\ud800']],
  ])('%s', async (_name, lines, expected) => {
    expect(await run(lines)).toEqual(expected);
  });
});
