// Fixtures for the corpus tests, written by the tests themselves into a fresh temp folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { readCorpus, type CorpusEvent } from '../../src/corpus/index.js';

/** Writes `files` (relative path -> content) under a new temp folder and returns the folder. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'attrib-corpus-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

export const bytes = (...parts: (number[] | string)[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** A stdin that yields `chunks` (split where the test says, to cross chunk boundaries). */
export const stdinOf = (...chunks: (string | Uint8Array)[]): NodeJS.ReadableStream =>
  Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));

export async function read(paths: string[], cwd: string, stdin = stdinOf()): Promise<CorpusEvent[]> {
  const events: CorpusEvent[] = [];
  for await (const ev of readCorpus(paths, { stdin, cwd })) events.push(ev);
  return events;
}

/** Events in a compact form that reads well in a table: "doc id=text", "skip input: reason", "warn message". */
export const brief = (ev: CorpusEvent): string =>
  ev.type === 'doc' ? `doc ${ev.doc.id}=${ev.doc.text}` : ev.type === 'skip' ? `skip ${ev.skipped.input}: ${ev.skipped.reason}` : `warn ${ev.message}`;
