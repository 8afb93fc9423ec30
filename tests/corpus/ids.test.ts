import { describe, expect, it } from 'vitest';
import { fileId, UniqueIds } from '../../src/corpus/ids.js';

describe('fileId', () => {
  it.each([
    ['seeds/a.txt', '/home/u', 'seeds/a.txt'],
    ['./seeds/a.txt', '/home/u', 'seeds/a.txt'],
    ['/home/u/seeds/a.txt', '/home/u', 'seeds/a.txt'],
    ['../other/a.txt', '/home/u', '../other/a.txt'],
    ['/tmp/a.txt', '/home/u', '/tmp/a.txt'],
    ['seeds\\a.txt', '/home/u', 'seeds\\a.txt'.replace(/\\/g, '/')],
  ])('%s in %s -> %s', (path, cwd, id) => expect(fileId(path, cwd)).toBe(id));
});

describe('UniqueIds', () => {
  it.each([
    [['a', 'b'], ['a', 'b']],
    [['a', 'a', 'a'], ['a', 'a#2', 'a#3']],
    [['a#2', 'a', 'a'], ['a#2', 'a', 'a#3']],
    [['1', '1'], ['1', '1#2']],
  ])('%j -> %j', (wanted, got) => {
    const ids = new UniqueIds();
    expect(wanted.map((w) => ids.claim(w).id)).toEqual(got);
  });

  it('says when it renamed', () => {
    const ids = new UniqueIds();
    expect([ids.claim('x').renamed, ids.claim('x').renamed]).toEqual([false, true]);
  });
});
