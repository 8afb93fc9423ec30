import { describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import { leastLoaded, PREFETCH, type Slot, type Task } from '../../src/run/worker-slot.js';

// Slots that hold the given numbers of documents (the worker is never touched by leastLoaded).
const slots = (loads: number[]): Slot[] =>
  loads.map((n) => ({ worker: {} as Worker, ready: true, tasks: Array.from({ length: n }, () => ({}) as Task) }));

describe('leastLoaded', () => {
  it.each([
    ['the one with fewest documents', [3, 1, 2], 1],
    ['the first of equals', [2, 2], 0],
    ['a worker with room beside full ones', [PREFETCH, PREFETCH - 1], 1],
    ['none when every worker is full', [PREFETCH, PREFETCH], -1],
    ['none when there are no workers', [], -1],
  ])('%s', (_why, loads, expected) => {
    const all = slots(loads);
    const got = leastLoaded(all);
    expect(got === undefined ? -1 : all.indexOf(got)).toBe(expected);
  });
});
