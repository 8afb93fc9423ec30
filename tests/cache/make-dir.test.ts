import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDir, type DirOps } from '../../src/cache/make-dir.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'attrib-make-dir-'));

/** An in-memory file system: `dirs` exist, `files` are not folders, `refuse` answers mkdir with `code`. */
function fakeOps(dirs: string[], files: string[] = [], refuse: Record<string, string> = {}): DirOps & { made: string[] } {
  const made: string[] = [];
  const have = new Set(dirs);
  return {
    made,
    kind: (p) => (have.has(p) ? 'dir' : files.includes(p) ? 'other' : 'missing'),
    mkdir(p) {
      made.push(p);
      if (refuse[p]) throw Object.assign(new Error(`${refuse[p]}: mkdir '${p}'`), { code: refuse[p] });
      have.add(p);
    },
  };
}

describe('makeDir', () => {
  it.each([
    ['one missing level', ['/', '/home'], '/home/cache', ['/home/cache']],
    ['several missing levels, outermost first', ['/', '/home'], '/home/a/b/c', ['/home/a', '/home/a/b', '/home/a/b/c']],
    ['a folder that exists: nothing to make', ['/', '/var', '/var/cache'], '/var/cache', []],
  ])('makes %s', (_name, dirs, target, made) => {
    const ops = fakeOps(dirs);
    makeDir(target, ops);
    expect(ops.made).toEqual(made);
  });

  it.each([
    // A pseudo file system refuses new children with "no such file" although the parent exists:
    // one attempt, then the error, where a recursive mkdir retried forever.
    ['a pseudo file system that answers ENOENT', ['/', '/proc'], [], { '/proc/x': 'ENOENT' }, '/proc/x/y', /ENOENT.*'\/proc\/x'/, ['/proc/x']],
    ['a read-only parent', ['/', '/ro'], [], { '/ro/cache': 'EROFS' }, '/ro/cache', /EROFS/, ['/ro/cache']],
    ['a parent that is a file', ['/', '/home'], ['/home/notes.txt'], {}, '/home/notes.txt/cache', /\/home\/notes\.txt is not a folder/, []],
    ['a target that is a file', ['/', '/home'], ['/home/cache'], {}, '/home/cache', /\/home\/cache is not a folder/, []],
  ])('fails at once on %s', (_name, dirs, files, refuse, target, message, made) => {
    const ops = fakeOps(dirs, files, refuse);
    expect(() => makeDir(target, ops)).toThrow(message);
    expect(ops.made).toEqual(made);
  });

  it('takes a level another process made meanwhile (EEXIST on a folder) as made', () => {
    const ops = fakeOps(['/', '/home']);
    const mkdir = ops.mkdir;
    ops.mkdir = (p) => {
      mkdir(p);
      throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
    };
    expect(() => makeDir('/home/a/b', ops)).not.toThrow();
  });

  it('makes real folders, and refuses a real file in the way', () => {
    const root = tempDir();
    makeDir(join(root, 'a', 'b'));
    expect(statSync(join(root, 'a', 'b')).isDirectory()).toBe(true);
    writeFileSync(join(root, 'file'), 'x');
    expect(() => makeDir(join(root, 'file', 'c'))).toThrow(/is not a folder/);
    expect(existsSync(join(root, 'file', 'c'))).toBe(false);
  });
});
