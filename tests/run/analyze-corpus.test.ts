import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, HELP_MAX_CHARS, type RunEvent, type RunOptions } from '../../src/run/analyze-corpus.js';
import { workerScript } from '../../src/run/worker-script.js';
import { AnalysisStore } from '../../src/cache/store.js';
import { textKey } from '../../src/cache/payload.js';
import type { CorpusEvent } from '../../src/corpus/index.js';

const texts = [
  '“We will rebuild the bridge by May,” the mayor said on Monday.',
  'Prices rose 4.5% in March, according to the statistics office.',
  'The council met. Nobody spoke to reporters afterwards.',
];
const corpus: CorpusEvent[] = [
  { type: 'doc', doc: { id: 'a', text: texts[0]! } },
  { type: 'warn', message: 'a warning between documents' },
  { type: 'doc', doc: { id: 'b', text: texts[1]! } },
  { type: 'skip', skipped: { input: 'c.bin', reason: 'binary' } },
  { type: 'doc', doc: { id: 'c', text: texts[2]! } },
  { type: 'doc', doc: { id: 'a-again', text: texts[0]! } },
];

async function* events(list: CorpusEvent[]): AsyncGenerator<CorpusEvent> {
  yield* list;
}
const run = async (list: CorpusEvent[], opts: RunOptions): Promise<RunEvent[]> => {
  const out: RunEvent[] = [];
  for await (const ev of analyzeCorpus(events(list), opts)) out.push(ev);
  return out;
};
const cacheEnv = (): { ATTRIB_CACHE_DIR: string } => ({ ATTRIB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'attrib-run-')) });
const shape = (evs: RunEvent[]): string[] => evs.map((e) => (e.type === 'analysis' ? `analysis:${e.analysis.doc.id}` : e.type));

// Worker threads each load the analysis (compromise included): allow for a busy machine.
describe('analyzeCorpus', { timeout: 60_000 }, () => {
  const inputOrder = ['analysis:a', 'warn', 'analysis:b', 'skip', 'analysis:c', 'analysis:a-again'];

  const modes: [string, number][] = [['one thread', 1]];
  // The pool runs the built worker (dist/run/worker.js): `npm test` builds it first.
  if (workerScript()) modes.push(['two threads (main + a worker)', 2]);
  it.each(modes)('keeps input order, passes skips and warnings through (%s)', async (_name, jobs) => {
    const out = await run(corpus, { jobs, cache: false });
    expect(shape(out)).toEqual(inputOrder);
    const reference = await run(corpus, { jobs: 1, cache: false });
    expect(out).toEqual(reference);
  });

  // This thread takes short documents beside the worker, long ones (hostile texts among them) are
  // the worker's: both kinds mixed come out as one thread gives them, in order.
  it.skipIf(!workerScript())('gives what one thread gives on short and long documents mixed (jobs 2)', async () => {
    const long = `${texts[1]} `.repeat(Math.ceil(HELP_MAX_CHARS / texts[1]!.length) + 1);
    const mixed: CorpusEvent[] = [long, ...texts, long, ...texts, ...texts].map((text, i) => ({ type: 'doc', doc: { id: `m${i}`, text } }));
    const out = await run(mixed, { jobs: 2, cache: false });
    expect(shape(out)).toEqual(mixed.map((e) => (e.type === 'doc' ? `analysis:${e.doc.id}` : e.type)));
    expect(out).toEqual(await run(mixed, { jobs: 1, cache: false }));
  });

  it.skipIf(!workerScript())('writes to the cache what either thread analysed (jobs 2)', async () => {
    const env = cacheEnv();
    const many = Array.from({ length: 12 }, (_, i) => `${texts[i % 3]} Item ${i}.`);
    const out = await run(many.map((text, i) => ({ type: 'doc', doc: { id: `k${i}`, text } })), { jobs: 2, env });
    expect(out.filter((e) => e.type === 'analysis')).toHaveLength(12);
    const store = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    expect(many.filter((t) => store.get(textKey(t)) === undefined)).toEqual([]);
    store.close();
    // Read back from the cache, the same records as analysed.
    expect(await run(many.map((text, i) => ({ type: 'doc', doc: { id: `k${i}`, text } })), { jobs: 2, env })).toEqual(out);
  });

  it('reports progress after each document', async () => {
    const calls: [number, number][] = [];
    await run(corpus, { jobs: 1, cache: false, onProgress: (d, b) => calls.push([d, b]) });
    const sizes = [0, 1, 2, 0].map((i) => Buffer.byteLength(texts[i]!));
    let sum = 0;
    expect(calls).toEqual(sizes.map((s, i) => [i + 1, (sum += s)]));
  });

  it('answers from the cache, under the id asked for, and writes what it analysed', async () => {
    const env = cacheEnv();
    const seeded = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    // A payload no analysis would produce, to tell a cache hit from a fresh analysis.
    seeded.put(textKey(texts[0]!), JSON.stringify({ quotes: [], figures: [], speakers: [], fromCache: true }));
    seeded.close();
    const out = await run(corpus, { jobs: 1, env });
    const hits = out.flatMap((e) => (e.type === 'analysis' && 'fromCache' in e.analysis ? [e.analysis.doc.id] : []));
    expect(hits).toEqual(['a', 'a-again']);
    const after = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    expect([texts[1], texts[2]].map((t) => after.get(textKey(t!)) !== undefined)).toEqual([true, true]);
    after.close();
    // A second run gives what the first gave.
    expect(await run(corpus, { jobs: 1, env })).toEqual(out);
  });

  it('cache: false neither reads nor writes the store', async () => {
    const env = cacheEnv();
    const seeded = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    seeded.put(textKey(texts[0]!), JSON.stringify({ quotes: [], figures: [], speakers: [], fromCache: true }));
    seeded.close();
    const out = await run(corpus, { jobs: 1, cache: false, env });
    expect(out.some((e) => e.type === 'analysis' && 'fromCache' in e.analysis)).toBe(false);
    const store = AnalysisStore.open(env.ATTRIB_CACHE_DIR, () => {})!;
    expect(store.get(textKey(texts[1]!))).toBeUndefined();
    store.close();
  });

  it('warns once and goes on when the cache cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attrib-run-'));
    writeFileSync(join(dir, 'file'), 'x');
    const out = await run(corpus, { jobs: 1, env: { ATTRIB_CACHE_DIR: join(dir, 'file', 'cache') } });
    expect(shape(out)).toEqual(['warn', ...inputOrder]);
    expect(out.filter((e) => e.type === 'warn')).toHaveLength(2); // the cache's, and the corpus's own
  });

  it('stops early without hanging when the reader stops', async () => {
    let n = 0;
    for await (const ev of analyzeCorpus(events(corpus), { jobs: 2, cache: false })) {
      if (ev.type === 'analysis' && ++n === 1) break;
    }
    expect(n).toBe(1);
  });
});
