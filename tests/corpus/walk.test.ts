import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCorpusFile, walk, type WalkItem } from '../../src/corpus/walk.js';
import { makeTree } from './helpers.js';

async function list(root: string): Promise<string[]> {
  const out: string[] = [];
  for await (const item of walk('c', join(root, 'c')) as AsyncGenerator<WalkItem>)
    out.push(item.type === 'file' ? item.path : `skip ${item.skipped.input}: ${item.skipped.reason}`);
  return out;
}

describe('isCorpusFile', () => {
  it.each([['a.txt'], ['a.md'], ['a.jsonl'], ['A.TXT'], ['x.y.md']])('takes %s', (n) => expect(isCorpusFile(n)).toBe(true));
  it.each([['a.json'], ['a.html'], ['a.pdf'], ['txt'], ['a.txt.bak'], ['a']])('passes over %s', (n) => expect(isCorpusFile(n)).toBe(false));
});

describe('walk', () => {
  it('recurses in sorted (code-unit) order, files and folders interleaved by name', async () => {
    const root = makeTree({ 'c/b.txt': '', 'c/a/z.md': '', 'c/B.txt': '', 'c/a/y/x.jsonl': '', 'c/c.txt': '' });
    expect(await list(root)).toEqual(['c/B.txt', 'c/a/y/x.jsonl', 'c/a/z.md', 'c/b.txt', 'c/c.txt']);
  });

  it.each([
    ['hidden files', { 'c/.secret.txt': 'x', 'c/a.txt': 'x' }],
    ['hidden folders', { 'c/.git/notes.txt': 'x', 'c/a.txt': 'x' }],
    ['other extensions', { 'c/a.txt': 'x', 'c/b.json': 'x', 'c/c.html': 'x', 'c/d.png': 'x' }],
  ])('passes over %s silently', async (_name, files) => {
    expect(await list(makeTree(files))).toEqual(['c/a.txt']);
  });

  it('survives a symlink loop (each folder is listed once)', async () => {
    const root = makeTree({ 'c/a.txt': '', 'c/sub/b.txt': '' });
    symlinkSync('..', join(root, 'c/sub/up'));
    symlinkSync('.', join(root, 'c/self'));
    expect(await list(root)).toEqual(['c/a.txt', 'c/sub/b.txt']);
  });

  it('follows a symlink to a folder or a file elsewhere', async () => {
    const root = makeTree({ 'c/a.txt': '', 'elsewhere/d/e.txt': '', 'elsewhere/f.md': '' });
    symlinkSync(join(root, 'elsewhere/d'), join(root, 'c/linked'));
    symlinkSync(join(root, 'elsewhere/f.md'), join(root, 'c/f.md'));
    expect(await list(root)).toEqual(['c/a.txt', 'c/f.md', 'c/linked/e.txt']);
  });

  it.each([
    ['a broken link that looks like a document is named', 'nowhere.txt', 'c/gone.txt', ['c/a.txt', 'skip c/gone.txt: no such file or directory']],
    ['a self-referencing link is named', 'loop.txt', 'c/loop.txt', ['c/a.txt', 'skip c/loop.txt: too many symbolic links']],
    ['a broken link that is not a document is passed over', 'nowhere', 'c/gone.bin', ['c/a.txt']],
  ])('%s', async (_name, target, link, expected) => {
    const root = makeTree({ 'c/a.txt': '' });
    symlinkSync(target, join(root, link));
    expect(await list(root)).toEqual(expected);
  });

  // root reads everything, so only an ordinary user can see this rule at work.
  it.skipIf(process.getuid?.() === 0)('names an unreadable folder and goes on', async () => {
    const root = makeTree({ 'c/a.txt': '', 'c/z.txt': '' });
    mkdirSync(join(root, 'c/locked'));
    chmodSync(join(root, 'c/locked'), 0);
    try {
      expect(await list(root)).toEqual(['c/a.txt', 'skip c/locked: permission denied', 'c/z.txt']);
    } finally {
      chmodSync(join(root, 'c/locked'), 0o755);
    }
  });
});
