// What the pool (pool.ts), its workers (worker.ts) and a helper thread exchange, and the time a
// document may take in a worker.
import type { Analysis, Document } from '../types.js';
import { fromPayload } from '../cache/payload.js';

export interface WorkRequest { id: number; doc: Document }
/**
 * A worker answers with the analysis as its cache payload (JSON without the document): one
 * JSON.stringify there and one JSON.parse here cost less than a structured clone of the records,
 * and the cache stores that very string.
 */
export type WorkReply = { id: number; payload: string; error?: undefined } | { id: number; error: string };
export type WorkResult = { analysis: Analysis; payload: string | undefined } | { error: string };

/**
 * Another thread's share of the work: it is offered the documents left waiting while every worker
 * is full, and takes those it `accepts`, one per turn of the event loop.
 */
export interface Helper {
  accepts(doc: Document): boolean;
  run(doc: Document): Promise<WorkResult>;
}

/**
 * How long one document may take before its worker is stopped: far beyond any linear-time
 * analysis even on a busy machine (~0.1 MB/s), so it only ever catches a runaway rule, which
 * would otherwise hold the whole ordered run up for ever.
 */
export const timeLimitMs = (doc: Document): number => 60_000 + doc.text.length * 0.1;

/** A worker's payload read back into the analysis of `doc`; unreadable JSON fails that document only. */
export function readReply(payload: string, doc: Document): WorkResult {
  try {
    return { analysis: fromPayload(payload, doc), payload };
  } catch (e) {
    return { error: `unreadable analysis from the worker: ${(e as Error).message}` };
  }
}
