// One analysis worker thread and the documents sent to it. This file wires the thread's events
// (ready, replies, death) to the pool, keeps its time limit and says how full it is; the pool
// (pool.ts) decides what to send where and when.
import { Worker } from 'node:worker_threads';
import type { Document } from '../types.js';
import type { WorkRequest, WorkReply, WorkResult } from './protocol.js';

/**
 * Documents a worker holds (the one under way and those queued behind it). Four, not two: the
 * main thread refills a worker between its own documents, and with only one queued the worker
 * ran dry while the main thread analysed or was descheduled (idle 0.6 s of a 9 s run; 0.1-0.4 s with four).
 */
export const PREFETCH = 4;

export interface Task { req: WorkRequest; resolve: (r: WorkResult) => void; reject: (e: Error) => void }

/** A worker and the tasks sent to it, in the order it works on them (the first is under way). */
export interface Slot { worker: Worker; tasks: Task[]; ready: boolean; timer?: NodeJS.Timeout }

/** What the pool hears from a worker. */
export interface SlotEvents {
  /** The worker has loaded the analysis and can start on its first document. */
  ready(slot: Slot): void;
  reply(slot: Slot, reply: WorkReply): void;
  /** The thread is gone (an uncaught error, out of memory, terminated); `why` says what happened. */
  lost(slot: Slot, why: string): void;
}

export function spawnSlot(script: URL, on: SlotEvents): Slot {
  const worker = new Worker(script);
  const slot: Slot = { worker, tasks: [], ready: false };
  worker.on('message', (reply: WorkReply | { ready: true }) => {
    if ('ready' in reply) {
      slot.ready = true;
      on.ready(slot);
    } else {
      on.reply(slot, reply);
    }
  });
  // An uncaught error reaches us on the worker's internal port, possibly before replies it had
  // already sent on the public one; Node delivers those before 'exit'. So the error is only
  // remembered here and acted on at 'exit', when we know which document was really in hand.
  let failure: string | null = null;
  worker.on('error', (e) => {
    failure ??= slot.ready ? `analysis worker failed: ${e.message}` : e.message;
  });
  worker.on('exit', (code) => on.lost(slot, failure ?? `analysis worker stopped (exit code ${code})`));
  return slot;
}

/** The worker with the fewest documents that still has room for one, if any. */
export function leastLoaded(slots: readonly Slot[]): Slot | undefined {
  // A loop, not filter and sort: this runs for every document sent.
  let least: Slot | undefined;
  for (const s of slots) {
    if (s.tasks.length < PREFETCH && (!least || s.tasks.length < least.tasks.length)) least = s;
  }
  return least;
}

/** (Re)starts the time limit of the document the worker is on, if it has one; `timedOut` gets the limit. */
export function restartClock(slot: Slot, limitMs: (doc: Document) => number, timedOut: (slot: Slot, ms: number) => void): void {
  clearTimeout(slot.timer);
  const task = slot.tasks[0];
  if (!task) return;
  const ms = limitMs(task.req.doc);
  slot.timer = setTimeout(() => timedOut(slot, ms), ms);
}
