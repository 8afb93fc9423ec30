// One analysis worker thread and the documents sent to it. This file wires the thread's events
// (ready, replies, death) to the pool; the pool (pool.ts) decides what to send where and when.
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkReply, WorkResult } from './protocol.js';

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
