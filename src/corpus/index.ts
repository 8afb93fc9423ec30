// Reading inputs: files, folders, JSONL, stdin. Yields documents in input order, and names
// every input it has to skip (with the reason) instead of stopping.
import { readFile } from 'node:fs/promises';
import type { Document } from '../types.js';

export interface Skipped {
  /** The path, `path:line` for a JSONL line, or `-` for stdin. */
  input: string;
  reason: string;
}

export type CorpusEvent =
  | { type: 'doc'; doc: Document }
  | { type: 'skip'; skipped: Skipped }
  | { type: 'warn'; message: string };

export interface CorpusIO {
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

// STUB: plain files only; to be written properly (folders, JSONL, decoding, stdin).
export async function* readCorpus(paths: string[], _io: CorpusIO): AsyncGenerator<CorpusEvent> {
  for (const p of paths) {
    try {
      yield { type: 'doc', doc: { id: p, text: await readFile(p, 'utf8') } };
    } catch (e) {
      yield { type: 'skip', skipped: { input: p, reason: (e as Error).message } };
    }
  }
}
