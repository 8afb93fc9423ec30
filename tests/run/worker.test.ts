// run/worker.ts: the worker thread's body. It says it is ready once loaded, answers each request with the analysis as its
// cache payload under the request's id, answers a document whose analysis throws with an error (and keeps serving), and
// refuses to run on the main thread. Runs the built worker (dist/run/worker.js), as the pool does.
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { workerScript } from '../../src/run/worker-script.js';
import { toPayload } from '../../src/cache/payload.js';
import { analyze } from '../../src/analysis/index.js';

const script = workerScript();
const worker = script === null ? null : new Worker(script);
const messages: unknown[] = [];
const waiters: (() => void)[] = [];
worker?.on('message', (m) => {
  messages.push(m);
  waiters.shift()?.();
});
const next = async (): Promise<unknown> => {
  if (messages.length === 0) await new Promise<void>((resolve) => waiters.push(resolve));
  return messages.shift();
};

afterAll(async () => {
  await worker?.terminate();
});

describe.skipIf(worker === null)('run/worker', () => {
  it('says it is ready, then answers in order by id', async () => {
    expect(await next()).toEqual({ ready: true });
    const docs = [{ id: 'a', text: 'The mill will close, the owner said.' }, { id: 'b', text: '“Not today,” Ines Varga replied.' }];
    docs.forEach((doc, i) => worker?.postMessage({ id: i + 10, doc }));
    for (const [i, doc] of docs.entries()) expect(await next()).toEqual({ id: i + 10, payload: toPayload(analyze(doc)) });
  });

  it('answers a document it cannot analyse with an error, and keeps serving', async () => {
    worker?.postMessage({ id: 1, doc: { id: 'bad', text: null } });
    const reply = (await next()) as { id: number; error?: string };
    expect(reply.id).toBe(1);
    expect(typeof reply.error).toBe('string');
    worker?.postMessage({ id: 2, doc: { id: 'ok', text: 'Rain fell.' } });
    expect(await next()).toEqual({ id: 2, payload: toPayload(analyze({ id: 'ok', text: 'Rain fell.' })) });
  });
});

describe('run/worker: outside a worker thread', () => {
  it('refuses to run', async () => {
    await expect(import('../../src/run/worker.js')).rejects.toThrow('runs only as a worker thread');
  });
});
