import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/corpus/file.js';
import { UniqueIds } from '../../src/corpus/ids.js';
import { brief, makeTree } from './helpers.js';

async function run(id: string, abs: string): Promise<string[]> {
  const out: string[] = [];
  for await (const ev of readFile(id, abs, new UniqueIds())) out.push(brief(ev));
  return out;
}

describe('readFile', () => {
  it.each([
    ['a text file', 'a.txt', ['doc a.txt=A']],
    ['a JSONL file by its extension, any case', 'b.JSONL', ['doc b=B']],
  ])('reads %s', async (_name, rel, expected) => {
    const root = makeTree({ 'a.txt': 'A', 'b.JSONL': '{"id":"b","text":"B"}' });
    expect(await run(rel, join(root, rel))).toEqual(expected);
  });

  it.each([
    ['a folder', 'dir.txt', 'is a directory'],
    ['a vanished file', 'gone.txt', 'no such file or directory'],
    ['a vanished JSONL file', 'gone.jsonl', 'no such file or directory'],
  ])('names %s it cannot read', async (_name, rel, reason) => {
    const root = makeTree({ 'dir.txt/x': '' });
    expect(await run(rel, join(root, rel))).toEqual([`skip ${rel}: ${reason}`]);
  });
});
