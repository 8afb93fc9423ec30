import { describe, expect, it } from 'vitest';
import { firstNotBefore } from '../../src/analysis/sorted.js';

const ends = [3, 7, 7, 12, 20];

describe('sorted: firstNotBefore', () => {
  it.each([
    // [offset, first index whose end is after the offset]
    [0, 0],
    [3, 1],
    [6, 1],
    [7, 3],
    [19, 4],
    [20, 5],
    [99, 5],
  ])('the first end after %i is at index %i', (at, index) => {
    expect(firstNotBefore(ends, (e) => e <= at)).toBe(index);
  });

  it('gives 0 on an empty list and never calls the test', () => {
    let calls = 0;
    expect(firstNotBefore([], () => { calls++; return true; })).toBe(0);
    expect(calls).toBe(0);
  });

  it('looks at O(log n) items, not all of them', () => {
    const list = Array.from({ length: 1 << 16 }, (_, i) => i);
    let calls = 0;
    expect(firstNotBefore(list, (v) => { calls++; return v < 40000; })).toBe(40000);
    expect(calls).toBeLessThanOrEqual(17);
  });
});
