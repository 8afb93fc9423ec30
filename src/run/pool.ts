// A pool of worker threads running the analysis. Documents wait in one queue; each worker holds
// at most PREFETCH of them, so it finds its next document already waiting when it finishes one
// (on a busy machine the main thread may not be scheduled for milliseconds, as long as a short
// article takes) while a long document holds up only a few others. Workers start on demand (a
// run whose documents all come from the cache starts none). A worker that dies (out of memory
// on a hostile text) or runs past the time limit fails only the document it was on, and is
// replaced. A worker that cannot even load the analysis (a broken build) stops the run.
// An optional helper (the main thread, see analyze-corpus.ts) takes the documents left waiting
// while every worker is full, one per turn of the event loop, so replies are read in between.
import type { Document } from '../types.js';
import { readReply, timeLimitMs, type Helper, type WorkReply, type WorkResult } from './protocol.js';
import { leastLoaded, restartClock, spawnSlot, type Slot, type Task } from './worker-slot.js';

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private broken: Error | null = null;
  private helping = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly limitMs: (doc: Document) => number = timeLimitMs,
    private readonly helper?: Helper,
  ) {}

  run(doc: Document): Promise<WorkResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { id: this.nextId++, doc }, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; documents not finished fail. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const t of [...this.queue.splice(0), ...slots.flatMap((s) => s.tasks)]) t.resolve({ error: 'run stopped' });
    for (const s of slots) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const slot = this.pickSlot();
      if (!slot) break;
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      // The clock runs from when the worker can start on it: not during a new worker's loading.
      if (slot.tasks.length === 1 && slot.ready) this.startClock(slot);
      slot.worker.postMessage(task.req);
    }
    if (this.helper && this.queue.length > 0 && !this.helping) {
      this.helping = true;
      // setImmediate, not a microtask: the workers' replies (and so their next documents) go first.
      setImmediate(() => void this.help());
    }
  }

  /** The helper takes the first waiting document it accepts; the rest stay for the workers. */
  private async help(): Promise<void> {
    const at = this.closed || !this.helper ? -1 : this.queue.findIndex((t) => this.helper!.accepts(t.req.doc));
    const [task] = at < 0 ? [] : this.queue.splice(at, 1);
    try {
      if (task) task.resolve(await this.helper!.run(task.req.doc));
    } catch (e) {
      task?.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.helping = false;
    }
    if (task) this.pump();
  }

  /** An idle worker, else a new one while below size, else the least loaded with room. */
  private pickSlot(): Slot | undefined {
    const idle = this.slots.find((s) => s.tasks.length === 0);
    if (idle) return idle;
    return this.slots.length < this.size ? this.spawn() : leastLoaded(this.slots);
  }

  private startClock(slot: Slot): void {
    restartClock(slot, this.limitMs, (s, ms) => this.timeOut(s, ms));
  }

  /** Takes a worker out of the pool; the task it was on gets `why`, the ones waiting go back to the queue. */
  private retire(slot: Slot, why: string | null): Task | undefined {
    const i = this.slots.indexOf(slot);
    if (i < 0) return undefined;
    this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    const [current, ...waiting] = slot.tasks;
    slot.tasks = [];
    this.queue.unshift(...waiting);
    if (current && why !== null) current.resolve({ error: why });
    return current;
  }

  /** A document that runs past its limit: its worker is stopped and replaced, the run goes on. */
  private timeOut(slot: Slot, ms: number): void {
    if (slot.tasks.length === 0 || !this.slots.includes(slot)) return;
    this.retire(slot, `analysis took longer than ${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s (stopped)`);
    void slot.worker.terminate();
    this.pump();
  }

  private breakDown(error: Error): void {
    this.broken = error;
    const tasks = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.tasks)];
    for (const t of tasks) t.reject(error);
    for (const s of this.slots) s.tasks = [];
    void this.close();
  }

  private spawn(): Slot {
    const slot = spawnSlot(this.script, {
      ready: (s) => this.startClock(s),
      reply: (s, reply) => this.received(s, reply),
      lost: (s, why) => this.lost(s, why),
    });
    this.slots.push(slot);
    return slot;
  }

  private received(slot: Slot, reply: WorkReply): void {
    // The worker answers in the order it was sent documents; the id makes sure of it anyway.
    const at = slot.tasks.findIndex((t) => t.req.id === reply.id);
    const [task] = at < 0 ? [] : slot.tasks.splice(at, 1);
    if (at === 0) this.startClock(slot);
    if (task) task.resolve(reply.error !== undefined ? { error: reply.error } : readReply(reply.payload, task.req.doc));
    this.pump();
  }

  /** A worker that died fails the document it was on; one that never got ready stops the run. */
  private lost(slot: Slot, why: string): void {
    if (!this.slots.includes(slot)) return; // already handled (timed out), or closed
    if (!slot.ready) {
      const current = this.retire(slot, null);
      if (current) this.queue.unshift(current);
      return this.breakDown(new Error(`the analysis worker could not start: ${why}`));
    }
    this.retire(slot, why);
    this.pump();
  }
}
