// cache/failure.ts: why the cache cannot be used, as a plain sentence naming the folder (or file) and
// what to do, in place of the raw Node or SQLite message. Error objects shaped as Node, makeDir and
// better-sqlite3 throw them.
import { describe, expect, it } from 'vitest';
import { cacheOpenFailure, cacheUseFailure } from '../../src/cache/failure.js';

const err = (code: string, message: string, path?: string) => Object.assign(new Error(message), { code }, path ? { path } : {});
const DIR = '/home/ines/.cache/attrib';
const FILE = `${DIR}/analyses-v2.sqlite`;
const WAY_OUT = '(running without it; set ATTRIB_CACHE_DIR to a folder you can write to, or pass --no-cache)';

describe('cacheOpenFailure', () => {
  it.each<[string, Error, string]>([
    ['a file in the way', err('ENOTDIR', '/home/ines/.cache is not a folder', '/home/ines/.cache'),
      `cannot keep the analysis cache in ${DIR}: /home/ines/.cache is not a folder ${WAY_OUT}`],
    ['a folder that may not be written', err('EACCES', `EACCES: permission denied, mkdir '${DIR}'`, DIR),
      `cannot keep the analysis cache in ${DIR}: permission denied on ${DIR} ${WAY_OUT}`],
    ['a system folder that refuses', err('EPERM', "EPERM: operation not permitted, mkdir '/sys/attrib'", '/sys/attrib'),
      `cannot keep the analysis cache in ${DIR}: permission denied on /sys/attrib ${WAY_OUT}`],
    ['a folder SQLite may not write', err('SQLITE_READONLY', 'attempt to write a readonly database'),
      `cannot keep the analysis cache in ${DIR}: permission denied on ${DIR} ${WAY_OUT}`],
    ['a read-only disk', err('EROFS', `EROFS: read-only file system, mkdir '${DIR}'`, DIR),
      `cannot keep the analysis cache in ${DIR}: ${DIR} is on a read-only file system ${WAY_OUT}`],
    ['a full disk', err('ENOSPC', 'ENOSPC: no space left on device'),
      `cannot keep the analysis cache in ${DIR}: the disk is full ${WAY_OUT}`],
    ['a pseudo file system (mkdir)', err('ENOENT', "ENOENT: no such file or directory, mkdir '/proc/attrib'", '/proc/attrib'),
      `cannot keep the analysis cache in ${DIR}: no file or folder can be made there ${WAY_OUT}`],
    ['a pseudo file system (the store file)', err('SQLITE_CANTOPEN', 'unable to open database file'),
      `cannot keep the analysis cache in ${DIR}: no file or folder can be made there ${WAY_OUT}`],
    ['a damaged store', err('SQLITE_NOTADB', 'file is not a database'),
      `cannot use the analysis cache ${FILE}: the file is damaged or is not an attrib cache (running without it; delete the file and attrib makes a new one, or pass --no-cache)`],
    ['a store locked by another program', err('SQLITE_BUSY', 'database is locked'),
      `cannot use the analysis cache ${FILE}: another program holds it locked (running without it; try again when the other run ends, or pass --no-cache)`],
  ])('%s', (_name, error, message) => {
    expect(cacheOpenFailure(error, DIR, FILE)).toBe(message);
  });

  it.each<[string, unknown]>([
    ['an error of no known kind keeps its own message', err('EIO', 'EIO: i/o error, open')],
    ['so does a thrown string', 'EIO: i/o error, open'],
  ])('%s', (_name, error) => {
    expect(cacheOpenFailure(error, DIR, FILE)).toBe(`cannot use the analysis cache ${FILE}: EIO: i/o error, open ${WAY_OUT}`);
  });

  it('never shows the raw message of a known kind', () => {
    expect(cacheOpenFailure(err('ENOENT', "ENOENT: no such file or directory, mkdir '/proc/x'"), '/proc/x', '/proc/x/a.sqlite')).not.toMatch(/ENOENT|mkdir '/);
  });
});

describe('cacheUseFailure', () => {
  it.each<[string, unknown, string]>([
    ['a full disk', err('SQLITE_FULL', 'database or disk is full'), 'the disk is full'],
    ['a lock held too long', err('SQLITE_BUSY', 'database is locked'), 'another program held it locked too long'],
    ['a store that became read-only', err('SQLITE_READONLY', 'attempt to write a readonly database'), 'it can no longer be written'],
    ['a damaged store', err('SQLITE_CORRUPT', 'database disk image is malformed'), 'the file is damaged (delete it and attrib makes a new one)'],
    ['an error of no known kind', err('SQLITE_IOERR', 'disk I/O error'), 'disk I/O error'],
  ])('%s', (_name, error, why) => {
    expect(cacheUseFailure(error, FILE)).toBe(`the analysis cache ${FILE} failed: ${why} (going on without it)`);
  });
});
