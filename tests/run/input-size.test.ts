import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSize } from '../../src/run/input-size.js';

const corpus = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'attrib-size-'));
  mkdirSync(join(root, 'news', 'deep'), { recursive: true });
  writeFileSync(join(root, 'news', 'a.txt'), 'x'.repeat(100));
  writeFileSync(join(root, 'news', 'deep', 'b.jsonl'), 'y'.repeat(50));
  writeFileSync(join(root, 'news', 'photo.jpg'), 'z'.repeat(1000)); // not a corpus file
  writeFileSync(join(root, 'news', '.hidden.txt'), 'h'.repeat(1000)); // hidden: passed over
  writeFileSync(join(root, 'one.md'), 'm'.repeat(7));
  return root;
};

describe('inputSize', () => {
  it.each([
    ['a folder: corpus files only, recursively', ['news'], 150],
    ['a file given by name', ['one.md'], 7],
    ['files and folders together', ['news', 'one.md'], 157],
    ['a missing input adds nothing', ['missing.txt', 'one.md'], 7],
    ['stdin: unknown', ['one.md', '-'], undefined],
  ])('%s', async (_name, paths, expected) => {
    expect(await inputSize(paths, corpus())).toBe(expected);
  });
});
