import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/run/ordered.js';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const x of items) yield x;
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const collect = async <T>(g: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of g) out.push(x);
  return out;
};

describe('orderedMap', () => {
  it.each([
    ['results in input order when later items finish first', [30, 1, 20, 2, 10, 0], 3],
    ['a window of one', [3, 1, 2], 1],
    ['no items', [], 4],
  ])('%s', async (_name, delays, window) => {
    const out = await collect(orderedMap(from(delays), window, async (ms) => { await sleep(ms); return ms * 2; }));
    expect(out).toEqual(delays.map((d) => d * 2));
  });

  it('never has more than the window in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await collect(orderedMap(from([...Array(40).keys()]), 5, async (i) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await sleep(i % 3);
      inFlight -= 1;
      return i;
    }));
    expect(out).toHaveLength(40);
    expect(most).toBeLessThanOrEqual(5);
  });

  it('yields a finished result before the input ends (streaming)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    async function* slowSource(): AsyncGenerator<number> {
      yield 1;
      await gate; // the second input waits until the first result has been seen
      yield 2;
    }
    const seen: number[] = [];
    for await (const x of orderedMap(slowSource(), 8, async (i) => i)) {
      seen.push(x);
      if (x === 1) release();
    }
    expect(seen).toEqual([1, 2]);
  });

  it('stops reading when the consumer stops', async () => {
    let read = 0;
    async function* counting(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i++) { read += 1; yield i; }
    }
    for await (const x of orderedMap(counting(), 4, async (i) => i)) if (x === 2) break;
    expect(read).toBeLessThan(10);
  });
});
