// The analysis cache: one row per (text hash, analysis version + code fingerprint) holding the
// analysis as JSON.
// Reads are immediate; writes are batched into transactions (one per BATCH documents, or per
// FLUSH_MS, whichever comes first) because a transaction per row would cost a disk sync each,
// while a run stopped hard (Ctrl-C, `| head`) loses at most the last moment's analyses.
// Any failure turns the cache off with one warning: the run goes on without it, since the cache
// only ever saves time.
import { join } from 'node:path';
import { ANALYSIS_VERSION } from '../analysis/version.js';
import { cacheOpenFailure, cacheUseFailure } from './failure.js';
import { codeFingerprint } from './fingerprint.js';
import { makeDir } from './make-dir.js';
import { STORE_FILE } from './location.js';
import { openDatabase, type Database, type Statement } from './sqlite.js';

const BATCH = 200;
const FLUSH_MS = 1000;

// A rowid table, not WITHOUT ROWID: the rows are large (tens of KB of JSON), and SQLite keeps
// large rows out of the key's b-tree only in a rowid table (reads measured twice as fast).
const SCHEMA = `CREATE TABLE IF NOT EXISTS analyses (
  hash TEXT NOT NULL, version TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (hash, version))`;

export class AnalysisStore {
  private pending: [string, string][] = [];
  private failed = false;
  private lastFlush = Date.now();

  private constructor(
    private readonly db: Database,
    private readonly select: Statement,
    private readonly insertMany: (rows: [string, string][]) => void,
    private readonly warn: (message: string) => void,
    private readonly version: string,
    readonly file: string,
  ) {}

  /**
   * Opens (creating) the store in `dir`; on failure warns and returns null. Entries are read and
   * written under `version`: by default the analysis version plus the code's fingerprint.
   */
  static open(dir: string, warn: (message: string) => void, version = `${ANALYSIS_VERSION}+${codeFingerprint()}`): AnalysisStore | null {
    const file = join(dir, STORE_FILE);
    let db: Database | undefined;
    try {
      makeDir(dir);
      db = openDatabase(file);
      // WAL: readers never wait for a writer, so parallel attrib runs can share one store.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A small page cache: a run reads each entry once, so pages kept in memory are seldom reused.
      db.pragma('cache_size = -2000');
      db.exec(SCHEMA);
      const select = db.prepare('SELECT json FROM analyses WHERE hash = ? AND version = ?').pluck();
      const insert = db.prepare('INSERT OR REPLACE INTO analyses (hash, version, json) VALUES (?, ?, ?)');
      const insertMany = db.transaction((rows: [string, string][]) => {
        for (const [hash, json] of rows) insert.run(hash, version, json);
      });
      return new AnalysisStore(db, select, insertMany, warn, version, file);
    } catch (e) {
      try { db?.close(); } catch { /* already unusable */ }
      warn(cacheOpenFailure(e, dir, file));
      return null;
    }
  }

  /** The cached analysis JSON for this text hash, or undefined. */
  get(hash: string): string | undefined {
    if (this.failed) return undefined;
    try {
      return (this.select.get(hash, this.version) as string | undefined) ?? undefined;
    } catch (e) {
      this.fail(e);
      return undefined;
    }
  }

  put(hash: string, json: string): void {
    if (this.failed) return;
    this.pending.push([hash, json]);
    if (this.pending.length >= BATCH || Date.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  flush(): void {
    this.lastFlush = Date.now();
    if (this.failed || this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    try {
      this.insertMany(rows);
    } catch (e) {
      this.fail(e);
    }
  }

  close(): void {
    this.flush();
    try { this.db.close(); } catch { /* closing is best effort */ }
  }

  private fail(e: unknown): void {
    this.failed = true;
    this.pending = [];
    this.warn(cacheUseFailure(e, this.file));
  }
}
