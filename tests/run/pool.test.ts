import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/run/pool.js';
import { PREFETCH } from '../../src/run/worker-slot.js';
import type { Helper, WorkResult } from '../../src/run/protocol.js';

// A stand-in worker speaking the pool's protocol, with texts that make it misbehave. Like the
// real one it works on one document at a time, synchronously (longer texts take longer).
const FAKE = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (req) => {
  const t = req.doc.text;
  if (t === 'throw') throw new Error('worker blew up');
  if (t === 'exit') process.exit(3);
  if (t === 'hang') for (;;) {} // never answers, like a rule that runs away
  if (t === 'error') return parentPort.postMessage({ id: req.id, error: 'bad text' });
  const until = Date.now() + t.length;
  while (Date.now() < until) {}
  parentPort.postMessage({ id: req.id, payload: JSON.stringify({ quotes: [], n: t.length }) });
});
parentPort.postMessage({ ready: true });`;

const fakeScript = (source = FAKE): URL => {
  const file = join(mkdtempSync(join(tmpdir(), 'attrib-pool-')), 'worker.mjs');
  writeFileSync(file, source);
  return pathToFileURL(file);
};

describe('WorkerPool', { timeout: 30_000 }, () => {
  it('answers every document, each with its own result', async () => {
    const pool = new WorkerPool(2, fakeScript());
    const texts = ['aaaa', 'b', 'cc', 'ddddddd', 'e'];
    const results = await Promise.all(texts.map((text, i) => pool.run({ id: String(i), text })));
    await pool.close();
    expect(results.map((r) => ('error' in r ? r.error : (r.analysis as unknown as { n: number }).n))).toEqual([4, 1, 2, 7, 1]);
    expect(results.every((r) => !('error' in r) && r.payload?.startsWith('{"quotes":[]'))).toBe(true);
    expect(results.map((r) => ('error' in r ? null : r.analysis.doc.id))).toEqual(['0', '1', '2', '3', '4']);
  });

  it.each([
    ['an error the worker reports', 'error', /bad text/],
    ['an exception that kills the worker', 'throw', /worker failed: worker blew up/],
    ['a worker that exits', 'exit', /worker stopped \(exit code 3\)/],
  ])('fails only the document behind %s, and goes on', async (_name, bad, message) => {
    const pool = new WorkerPool(1, fakeScript());
    const results = await Promise.all(['ok', bad, 'fine'].map((text, i) => pool.run({ id: String(i), text })));
    await pool.close();
    expect(results.map((r) => 'error' in r)).toEqual([false, true, false]);
    expect((results[1] as { error: string }).error).toMatch(message);
  });

  it('stops a document that runs past its time limit, and goes on with a new worker', async () => {
    const pool = new WorkerPool(1, fakeScript(), () => 1000);
    const results = await Promise.all(['ok', 'hang', 'fine'].map((text, i) => pool.run({ id: String(i), text })));
    await pool.close();
    expect(results.map((r) => ('error' in r ? r.error : 'ok'))).toEqual(['ok', 'analysis took longer than 1.0 s (stopped)', 'ok']);
  });

  it('stops the run when a worker cannot load (a broken build), instead of failing each document', async () => {
    const pool = new WorkerPool(2, fakeScript("import { nothing } from 'node:path';\n"));
    const runs = ['a', 'b', 'c'].map((text, i) => pool.run({ id: String(i), text }));
    for (const r of runs) await expect(r).rejects.toThrow(/could not start/);
    await expect(pool.run({ id: 'd', text: 'd' })).rejects.toThrow(/could not start/);
    await pool.close();
  });

  describe('with a helper (the main thread as one of the jobs)', () => {
    /** A helper that takes texts up to `max` characters and records which it ran. */
    const helper = (max: number, took: string[]): Helper => ({
      accepts: (doc) => doc.text.length <= max,
      run: async (doc): Promise<WorkResult> => {
        took.push(doc.text);
        return { analysis: { doc, quotes: [], figures: [], speakers: [], helped: true } as never, payload: undefined };
      },
    });
    const who = (r: WorkResult): string => ('error' in r ? r.error : 'helped' in r.analysis ? 'helper' : 'worker');

    it('takes the documents left waiting while the worker is full, each answered once and in its place', async () => {
      const took: string[] = [];
      const pool = new WorkerPool(1, fakeScript(), undefined, helper(100, took));
      const texts = ['aaaaaaaaaaaaaaaaaaaa', ...'bcdefghijk'.slice(0, PREFETCH + 3)];
      const results = await Promise.all(texts.map((text, i) => pool.run({ id: String(i), text })));
      await pool.close();
      // The first documents fill the worker (it holds PREFETCH), so the helper has some of the rest.
      expect(results.slice(0, PREFETCH).map(who)).toEqual(Array(PREFETCH).fill('worker'));
      expect(took.length).toBeGreaterThan(0);
      expect(results.filter((r) => who(r) === 'helper')).toHaveLength(took.length);
      expect(results.map((r) => ('error' in r ? null : r.analysis.doc.id))).toEqual(texts.map((_t, i) => String(i)));
    });

    it('leaves the documents it does not accept (long ones) to the workers', async () => {
      const took: string[] = [];
      const pool = new WorkerPool(1, fakeScript(), undefined, helper(3, took));
      const long = (c: string): string => c.repeat(10);
      const texts = [...[...'abcdefgh'.slice(0, PREFETCH + 1)].map(long), 'dd', long('z')];
      const results = await Promise.all(texts.map((text, i) => pool.run({ id: String(i), text })));
      await pool.close();
      expect(took).toEqual(['dd']);
      expect(results.map(who)).toEqual(texts.map((t) => (t === 'dd' ? 'helper' : 'worker')));
    });

    it('does everything with no worker at all (size 0)', async () => {
      const took: string[] = [];
      const pool = new WorkerPool(0, fakeScript(), undefined, helper(100, took));
      const results = await Promise.all(['a', 'b'].map((text, i) => pool.run({ id: String(i), text })));
      await pool.close();
      expect(results.map(who)).toEqual(['helper', 'helper']);
      expect(took).toEqual(['a', 'b']);
    });

    it('fails only the document whose helper run throws', async () => {
      const pool = new WorkerPool(0, fakeScript(), undefined, {
        accepts: () => true,
        run: async (doc) => {
          if (doc.text === 'bad') throw new Error('helper broke');
          return { analysis: { doc, quotes: [], figures: [], speakers: [] }, payload: undefined };
        },
      });
      const runs = ['ok', 'bad', 'fine'].map((text, i) => pool.run({ id: String(i), text }));
      await expect(runs[1]).rejects.toThrow(/helper broke/);
      expect(await Promise.all([runs[0]!, runs[2]!].map(async (r) => 'analysis' in (await r)))).toEqual([true, true]);
      await pool.close();
    });
  });
});
