import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/run/pool.js';

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
});
