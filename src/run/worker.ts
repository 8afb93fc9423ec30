// A worker thread's body: analyses documents sent by the pool (src/run/pool.ts), one message
// each, and answers with the analysis and, when the run caches, its cache payload (serialised
// here, so the main thread, which also reads input and writes output, does less).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/index.js';
import { toPayload } from '../cache/payload.js';
import type { WorkRequest, WorkReply } from './pool.js';

const port = parentPort;
if (!port) throw new Error('src/run/worker.ts runs only as a worker thread');

port.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    const analysis = analyze(req.doc);
    reply = { id: req.id, analysis, payload: req.payload ? toPayload(analysis) : undefined };
  } catch (e) {
    reply = { id: req.id, error: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
// Loaded and listening: from here on, a failure belongs to a document, not to the build.
port.postMessage({ ready: true });
