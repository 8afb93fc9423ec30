// A pool of worker threads running the analysis. Documents wait in one queue and each worker
// takes one at a time, so a long document holds up only its own worker. Workers start on
// demand (a run whose documents all come from the cache starts none) and a worker that dies
// (out of memory on a hostile text) fails only its own document and is replaced. A worker that
// cannot even load the analysis (a broken build) stops the run: every document would fail alike.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analysis, Document } from '../types.js';

export interface WorkRequest { id: number; doc: Document; payload: boolean }
export type WorkReply =
  | { id: number; analysis: Analysis; payload: string | undefined; error?: undefined }
  | { id: number; error: string };
export type WorkResult = { analysis: Analysis; payload: string | undefined } | { error: string };

interface Task { req: WorkRequest; resolve: (r: WorkResult) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; task: Task | null; ready: boolean; timer?: NodeJS.Timeout }

/**
 * How long one document may take before its worker is stopped: far beyond any linear-time
 * analysis even on a busy machine (~0.1 MB/s), so it only ever catches a runaway rule, which
 * would otherwise hold the whole ordered run up for ever.
 */
export const timeLimitMs = (doc: Document): number => 60_000 + doc.text.length * 0.1;

/** The built worker script: beside this file in dist/, or dist/ when this file runs from src/ (vitest). */
export function workerScript(): URL | null {
  for (const rel of ['./worker.js', '../../dist/run/worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private broken: Error | null = null;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly limitMs: (doc: Document) => number = timeLimitMs,
  ) {}

  run(doc: Document, payload: boolean): Promise<WorkResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, doc, payload }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; documents still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.resolve({ error: 'run stopped' });
    const slots = this.slots.splice(0);
    for (const s of slots) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const slot = this.slots.find((s) => s.task === null)
        ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => this.timeOut(slot), this.limitMs(task.req.doc));
      slot.worker.postMessage(task.req);
    }
  }

  /** A document that runs past its limit: its worker is stopped and replaced, the run goes on. */
  private timeOut(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || !slot.task) return;
    this.slots.splice(i, 1);
    const ms = this.limitMs(slot.task.req.doc);
    const seconds = (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
    slot.task.resolve({ error: `analysis took longer than ${seconds} s (stopped)` });
    slot.task = null;
    void slot.worker.terminate();
    this.pump();
  }

  private breakDown(error: Error): void {
    this.broken = error;
    const tasks = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.task ? [s.task] : []))];
    for (const t of tasks) t.reject(error);
    void this.close();
  }

  private spawn(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, task: null, ready: false };
    worker.on('message', (reply: WorkReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      slot.task = null;
      clearTimeout(slot.timer);
      if (task) task.resolve(reply.error !== undefined ? { error: reply.error } : reply);
      this.pump();
    });
    const lost = (why: string): void => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // already handled (error then exit, timed out), or closed on purpose
      this.slots.splice(i, 1);
      clearTimeout(slot.timer);
      if (!slot.ready) {
        if (slot.task) this.queue.unshift(slot.task);
        return this.breakDown(new Error(`the analysis worker could not start: ${why}`));
      }
      slot.task?.resolve({ error: why });
      slot.task = null;
      this.pump();
    };
    worker.on('error', (e) => lost(slot.ready ? `analysis worker failed: ${e.message}` : e.message));
    worker.on('exit', (code) => lost(`analysis worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }
}
