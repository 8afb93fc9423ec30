// Hostile inputs to the corpus reader: deep JSON, enormous lines, seas of blank lines, random
// bytes, a pipe that delivers one byte at a time. Each is read (or named and skipped), never a crash.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { brief, makeTree, read } from '../corpus/helpers.js';

/** Deterministic bytes (a linear congruential generator is plenty for junk). */
function junk(size: number, from = 0, to = 256): Buffer {
  const b = Buffer.alloc(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = from + ((x >>> 16) % (to - from));
  }
  return b;
}

const record = (id: string, text: string): string => JSON.stringify({ id, text });

describe('the corpus reader on hostile input', () => {
  it.each([
    ['JSON nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000) + '\n' + record('a', 'A'),
      ['skip d.jsonl: a JSON array, not JSON Lines (one object a line; jq -c ".[]" converts it)']],
    ['an object nested 100,000 deep', record('a', 'A') + '\n' + '{"x":'.repeat(100_000) + '1' + '}'.repeat(100_000) + '\n',
      ['doc a=A', 'skip d.jsonl:2: no "text" field']],
    ['50,000 blank lines before a record', '\n'.repeat(50_000) + record('a', 'A'), ['doc a=A']],
    ['a truncated last line', record('a', 'A') + '\n' + record('b', 'B').slice(0, 10), ['doc a=A', 'skip d.jsonl:2: invalid JSON']],
    ['a raw NUL inside a string far from the start', record('a', 'A'.repeat(10_000)) + '\n{"id":"b","text":"x\u0000y"}\n',
      ['doc a=' + 'A'.repeat(10_000), 'skip d.jsonl:2: invalid JSON']],
  ])('%s', async (_name, content, expected) => {
    expect((await read(['d.jsonl'], makeTree({ 'd.jsonl': content }))).map(brief)).toEqual(expected);
  });

  it('one 5 MB record', async () => {
    const text = 'He said \u201cyes.\u201d\r\n'.repeat(300_000);
    const events = await read(['d.jsonl'], makeTree({ 'd.jsonl': record('big', text) + '\n' }));
    expect(events.length).toBe(1);
    expect(events[0]?.type === 'doc' && events[0].doc.text === text).toBe(true);
  });

  it.each([
    ['1 MB of random bytes', junk(1 << 20)],
    ['1 MB of bytes that are never valid UTF-8 alone', junk(1 << 20, 0x80, 0x100)],
    ['1 MB of control characters', junk(1 << 20, 1, 32)],
  ])('%s: named as binary, in .txt and .jsonl alike', async (_name, bytes) => {
    const cwd = makeTree({ 'a.txt': bytes, 'd.jsonl': bytes });
    expect((await read(['a.txt', 'd.jsonl'], cwd)).map(brief)).toEqual(['skip a.txt: binary file', 'skip d.jsonl: binary file']);
  });

  it('a pipe that delivers one byte at a time (multi-byte characters split)', async () => {
    const text = '\u201cNo,\u201d said Zo\u00eb. \ud83d\ude00\r\n'.repeat(300);
    const bytes = Buffer.from(text);
    const stdin = Readable.from((function* () { for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1); })());
    expect((await read(['-'], makeTree({}), stdin)).map(brief)).toEqual([`doc -=${text}`]);
  });

  it('a JSONL pipe in one-byte chunks', async () => {
    const body = [record('a', '\u00e9\u201c'), record('b', '\ud83d\ude00')].join('\r\n');
    const bytes = Buffer.from(body);
    const stdin = Readable.from((function* () { for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1); })());
    expect((await read(['-'], makeTree({}), stdin)).map(brief)).toEqual(['doc a=\u00e9\u201c', 'doc b=\ud83d\ude00']);
  });
});
