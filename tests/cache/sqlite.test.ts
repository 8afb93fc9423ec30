// cache/sqlite.ts openDatabase: better-sqlite3 loaded on demand, with the few calls the cache makes (prepare, run, get,
// pluck, transaction, pragma). An in-memory database, so nothing is written to disk.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/cache/sqlite.js';

let db: Database | undefined;
afterEach(() => db?.close());

describe('cache/sqlite: openDatabase', () => {
  it('stores and reads back a row, plucked to its one value', () => {
    db = openDatabase(':memory:');
    db.exec('CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT)');
    db.prepare('INSERT INTO kv VALUES (?, ?)').run('tide', 'high');
    expect(db.prepare('SELECT v FROM kv WHERE k = ?').pluck().get('tide')).toBe('high');
    expect(db.prepare('SELECT v FROM kv WHERE k = ?').get('tide')).toEqual({ v: 'high' });
    expect(db.prepare('SELECT v FROM kv WHERE k = ?').get('ebb')).toBeUndefined();
  });

  it('runs a transaction as one: all rows, or none when it throws', () => {
    db = openDatabase(':memory:');
    db.exec('CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT)');
    const insert = db.prepare('INSERT INTO kv VALUES (?, ?)');
    const many = db.transaction((rows: [string, string][]) => rows.forEach(([k, v]) => insert.run(k, v)));
    many([['a', '1'], ['b', '2']]);
    expect(() => many([['c', '3'], ['a', 'again']])).toThrow();
    expect(db.prepare('SELECT count(*) FROM kv').pluck().get()).toBe(2);
  });

  it('answers a pragma', () => {
    db = openDatabase(':memory:');
    expect(db.pragma('user_version')).toEqual([{ user_version: 0 }]);
  });
});
