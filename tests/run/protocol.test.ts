// run/protocol.ts: the time a document may take in a worker (a minute plus a tenth of a millisecond a character), and a
// worker's payload read back into an analysis (unreadable JSON fails that document only, with a message saying so).
import { describe, expect, it } from 'vitest';
import { readReply, timeLimitMs } from '../../src/run/protocol.js';
import { toPayload } from '../../src/cache/payload.js';
import { analyze } from '../../src/analysis/index.js';

describe('run/protocol: timeLimitMs', () => {
  it.each<[number, number]>([
    [0, 60_000],
    [10_000, 61_000],
    [1_000_000, 160_000],
  ])('%i characters: %i ms', (length, expected) => {
    expect(timeLimitMs({ id: 'd', text: 'x'.repeat(length) })).toBe(expected);
  });
});

describe('run/protocol: readReply', () => {
  it('reads a payload back into the analysis of the document it was sent for', () => {
    const doc = { id: 'harbour.txt', text: '“The ferry is late,” the captain said.' };
    const payload = toPayload(analyze(doc));
    const result = readReply(payload, doc);
    expect('analysis' in result && result.analysis).toEqual(analyze(doc));
    expect('payload' in result && result.payload).toBe(payload);
  });

  it.each<[string, string]>([
    ['not JSON', '{"quotes": ['],
    ['empty', ''],
  ])('fails %s as that document\'s error', (_name, payload) => {
    const result = readReply(payload, { id: 'd', text: 'x' });
    expect('error' in result && result.error).toMatch(/^unreadable analysis from the worker: /);
  });
});
