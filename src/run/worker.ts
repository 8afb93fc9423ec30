// A worker thread's body: analyses documents sent by the pool (src/run/pool.ts), one message
// each, and answers with the analysis as its cache payload (see WorkReply for why).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/index.js';
import { toPayload } from '../cache/payload.js';
import type { WorkRequest, WorkReply } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/run/worker.ts runs only as a worker thread');

port.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { id: req.id, payload: toPayload(analyze(req.doc)) };
  } catch (e) {
    reply = { id: req.id, error: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
// Loaded and listening: from here on, a failure belongs to a document, not to the build.
port.postMessage({ ready: true });
