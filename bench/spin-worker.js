// A stand-in analysis worker doing a fixed amount of pure arithmetic per document (no memory
// traffic, no garbage): what the pool and the machine give when the work itself scales
// perfectly. bench/run.js compares it with the real --jobs speed-up to tell the two apart.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (req) => {
  let x = 0;
  for (let i = 0; i < 4_000_000; i++) x = (x * 31 + i) | 0;
  parentPort.postMessage({ id: req.id, payload: JSON.stringify({ quotes: [], figures: [], speakers: [], x }) });
});
parentPort.postMessage({ ready: true });
