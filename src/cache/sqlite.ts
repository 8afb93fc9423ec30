// better-sqlite3 loaded on demand (a native module: a run with --no-cache never loads it) and
// typed by the few calls the cache makes, so the project needs no @types package for it.
import { createRequire } from 'node:module';

export interface Statement {
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
  pluck(on?: boolean): Statement;
}

export interface Database {
  prepare(sql: string): Statement;
  pragma(source: string): unknown;
  exec(sql: string): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}

type DatabaseConstructor = new (file: string, options?: { timeout?: number }) => Database;

export function openDatabase(file: string): Database {
  const require = createRequire(import.meta.url);
  const Sqlite = require('better-sqlite3') as DatabaseConstructor;
  // timeout: how long to wait for another attrib process holding the write lock.
  return new Sqlite(file, { timeout: 5000 });
}
