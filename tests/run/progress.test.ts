import { describe, expect, it } from 'vitest';
import { createProgress, progressLine } from '../../src/run/progress.js';

const sink = (): { stream: NodeJS.WritableStream; text: () => string } => {
  let out = '';
  const stream = { write: (c: string) => { out += c; return true; } } as unknown as NodeJS.WritableStream;
  return { stream, text: () => out };
};

describe('progressLine', () => {
  it.each([
    ['counts and rate', 1234, 3_200_000, 2, undefined, 'attrib: 1,234 documents, 3.20 MB, 1.60 MB/s'],
    ['one document, a slow rate still shows', 1, 80_000, 1, undefined, 'attrib: 1 document, 0.08 MB, 0.08 MB/s'],
    ['fewer decimals as numbers grow', 9, 250_000_000, 10, undefined, 'attrib: 9 documents, 250 MB, 25.0 MB/s'],
    ['time left when the total is known', 10, 1_000_000, 1, 3_000_000, 'attrib: 10 documents, 1.00 MB, 1.00 MB/s, 33%, 0:02 left'],
    ['hours', 10, 1_000_000, 1, 4_000_000_000, 'attrib: 10 documents, 1.00 MB, 1.00 MB/s, 0%, 1:06:39 left'],
    ['no rate yet: no time left', 0, 0, 0, 1000, 'attrib: 0 documents, 0.00 MB, 0.00 MB/s'],
    ['an estimate past the total stays below 100%', 5, 1_050_000, 1, 1_000_000, 'attrib: 5 documents, 1.05 MB, 1.05 MB/s, 99%, 0:00 left'],
  ])('%s', (_name, done, bytes, seconds, total, expected) => {
    expect(progressLine(done, bytes, seconds, total)).toBe(expected);
  });
});

describe('createProgress', () => {
  it('writes nothing when disabled (piped, CI)', () => {
    const s = sink();
    const p = createProgress(s.stream, false);
    p.update(1, 100);
    p.done();
    expect(s.text()).toBe('');
  });

  it('redraws one line at most once per interval, and clears it at the end', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.stream, true, { now: () => t, interval: 250 });
    t = 1000; p.update(1, 1e6);
    t = 1100; p.update(2, 2e6); // too soon: skipped
    t = 1300; p.update(3, 3e6);
    p.done();
    expect(s.text().split('\r').filter(Boolean)).toEqual([
      'attrib: 1 document, 1.00 MB, 1.00 MB/s\x1b[K',
      'attrib: 3 documents, 3.00 MB, 2.31 MB/s\x1b[K',
      '\x1b[K',
    ]);
  });

  it('takes the total when it becomes known', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.stream, true, { now: () => t, interval: 0 });
    t = 1000; p.update(1, 1e6);
    p.setTotal(4e6);
    t = 2000; p.update(2, 2e6);
    expect(s.text()).toContain('attrib: 2 documents, 2.00 MB, 1.00 MB/s, 50%, 0:02 left');
  });

  it('draws nothing in the first half second (a quick run shows no progress)', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.stream, true, { now: () => t });
    t = 100; p.update(1, 1000);
    t = 499; p.update(2, 2000);
    p.done();
    expect(s.text()).toBe('');
    t = 600; p.update(3, 3000);
    expect(s.text()).toContain('attrib: 3 documents');
  });

  it('done() before any update writes nothing', () => {
    const s = sink();
    createProgress(s.stream, true).done();
    expect(s.text()).toBe('');
  });
});
