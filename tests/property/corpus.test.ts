// Properties of reading a corpus: whatever the text and however it is encoded, chunked or
// wrapped in JSONL, the document read back is the text written (offsets depend on it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/corpus/decode.js';
import { readCorpus, type CorpusEvent } from '../../src/corpus/index.js';
import { makeTree } from '../corpus/helpers.js';
import { anyArticle } from './arbitraries.js';

async function collect(paths: string[], cwd: string, stdin: NodeJS.ReadableStream = Readable.from([])): Promise<CorpusEvent[]> {
  const out: CorpusEvent[] = [];
  for await (const ev of readCorpus(paths, { stdin, cwd })) out.push(ev);
  return out;
}

const docs = (events: CorpusEvent[]) => events.flatMap((e) => (e.type === 'doc' ? [e.doc] : []));

// A lone surrogate cannot be encoded in a file; a leading U+FEFF would read as a byte order mark.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const encodable = (t: string): boolean => !LONE_SURROGATE.test(t) && !t.startsWith('\ufeff') && !looksBinary(t);

const encodings: Record<string, (t: string) => Buffer> = {
  'UTF-8': (t) => Buffer.from(t, 'utf8'),
  'UTF-8 with BOM': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'UTF-16 LE with BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'UTF-16 BE with BOM': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
};

/** Splits `bytes` at random places, as a pipe would. */
const chunked = (bytes: Buffer, cuts: number[]): Buffer[] => {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((s, i) => bytes.subarray(s, at[i] ?? bytes.length)).filter((b) => b.length > 0);
};

describe('reading gives back the text written', () => {
  it.each(Object.keys(encodings))('a file in %s', (name) => {
    const cwd = makeTree({});
    return fc.assert(
      fc.asyncProperty(anyArticle, async (text) => {
        fc.pre(encodable(text));
        writeFileSync(join(cwd, 'a.txt'), encodings[name]!(text));
        expect(await collect(['a.txt'], cwd)).toEqual([{ type: 'doc', doc: { id: 'a.txt', text } }]);
      }),
      { numRuns: 60 },
    );
  });

  it('plain text on stdin, in any chunks', () =>
    fc.assert(
      fc.asyncProperty(anyArticle, fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        fc.pre(encodable(text) && !text.trimStart().startsWith('{'));
        const events = await collect(['-'], makeTree({}), Readable.from(chunked(Buffer.from(text), cuts)));
        // a stdin of nothing but blank lines is no document, only a warning (src/corpus/stdin.ts)
        if (text.trim() === '') expect(docs(events)).toEqual([]);
        else expect(events).toEqual([{ type: 'doc', doc: { id: '-', text } }]);
      }),
      { numRuns: 100 },
    ));

  const record = fc.record(
    { id: fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 20 })), text: anyArticle, source: fc.string({ maxLength: 5 }) },
    { requiredKeys: ['text'] },
  );

  it('JSONL records, LF or CRLF, from a file or stdin in any chunks: texts exact, ids unique, in order', () =>
    fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (records, crlf, cuts) => {
        fc.pre(records.length > 0);
        const body = records.map((r) => JSON.stringify(r)).join(crlf ? '\r\n' : '\n') + '\n';
        const cwd = makeTree({ 'd.jsonl': body });
        for (const events of [await collect(['d.jsonl'], cwd), await collect(['-'], cwd, Readable.from(chunked(Buffer.from(body), cuts)))]) {
          const read = docs(events);
          expect(read.map((d) => d.text)).toEqual(records.map((r) => r.text));
          expect(new Set(read.map((d) => d.id)).size).toBe(records.length);
          read.forEach((d, i) => expect(d.meta).toEqual(records[i]!.source === undefined ? undefined : { source: records[i]!.source }));
        }
      }),
      { numRuns: 100 },
    ));
});
