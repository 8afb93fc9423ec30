// A stand-in analysis worker that runs a bare compromise parse, nlp(text), of each document:
// ordinary allocation-heavy JavaScript, to show how far this machine lets such work scale over
// threads (bench/run.js, beside the pure arithmetic of spin-worker.js).
import { parentPort } from 'node:worker_threads';
import nlp from 'compromise';

parentPort.on('message', (req) => {
  nlp(req.doc.text);
  parentPort.postMessage({ id: req.id, payload: '{"quotes":[],"figures":[],"speakers":[]}' });
});
parentPort.postMessage({ ready: true });
