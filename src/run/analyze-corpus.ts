// Runs the analysis over a stream of corpus events and yields results in input order, as each
// document finishes. Each document is looked up in the cache first; the rest are analysed by
// `jobs` threads: this one and jobs - 1 workers. At most a few documents per job are in flight,
// so memory stays flat on any corpus size.
import { availableParallelism, homedir } from 'node:os';
import type { CorpusEvent, Skipped } from '../corpus/index.js';
import type { Analysis, Document } from '../types.js';
import { AnalysisStore } from '../cache/store.js';
import { cacheDir } from '../cache/location.js';
import { fromPayload, textKey, toPayload } from '../cache/payload.js';
import { orderedMap } from './ordered.js';
import { WorkerPool } from './pool.js';
import { timeLimitMs, type WorkResult } from './protocol.js';
import { workerScript } from './worker-script.js';
import { watchDocuments } from './peek.js';

export type RunEvent =
  | { type: 'analysis'; analysis: Analysis }
  | { type: 'skip'; skipped: Skipped }
  | { type: 'warn'; message: string };

export interface RunOptions {
  /** Threads analysing: this one and jobs - 1 workers (default: the number of cores); 1 runs in this thread only. */
  jobs?: number;
  /** Use the analysis cache (default true); false is the CLI's --no-cache. */
  cache?: boolean;
  /** Where ATTRIB_CACHE_DIR, XDG_CACHE_HOME, LOCALAPPDATA are read (default process.env). */
  env?: Record<string, string | undefined>;
  /** Called after each document with the documents done and their UTF-8 bytes so far. */
  onProgress?: (done: number, bytes: number) => void;
}

/**
 * Documents in flight per job: enough to keep every worker busy (each holds up to four, see
 * pool.ts) with room for this thread's share, few enough to keep memory flat.
 */
const WINDOW_PER_JOB = 6;
/** How long the first document to analyse waits to learn whether others follow (a corpus). */
const PEEK_MS = 25;
/**
 * The largest document this thread analyses beside the workers. While it analyses, replies wait
 * and the output stalls, so it takes short texts only (a news article is 2,000-20,000 characters);
 * longer ones, hostile texts among them, go to a worker, where a time limit and a crash stay contained.
 */
export const HELP_MAX_CHARS = 100_000;

type Analyze = (doc: Document) => Analysis;
let inThread: Promise<Analyze> | undefined;
// Loaded on first need: the stages and their word lists (compromise's lexicon among them, ~30 ms), which a fully
// cached run never pays.
const loadAnalyze = (): Promise<Analyze> => (inThread ??= import('../analysis/index.js').then((m) => m.analyze));
/** Whether this thread has loaded the analysis (tests check that a cached run never does). */
export const analysisLoaded = (): boolean => inThread !== undefined;

export async function* analyzeCorpus(events: AsyncIterable<CorpusEvent>, opts: RunOptions = {}): AsyncGenerator<RunEvent> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? availableParallelism()));
  const warnings: string[] = [];
  const warn = (message: string): void => { warnings.push(message); };
  // undefined: not opened yet; null: off (--no-cache, or it could not be opened).
  const cache: { store: AnalysisStore | null | undefined } = { store: opts.cache === false ? null : undefined };
  const script = jobs > 1 ? workerScript() : null;
  if (jobs > 1 && !script) warn('worker script dist/run/worker.js not found (build with `npm run build`); analysing in one thread');
  // This thread is one of the jobs: a second worker would load and compile the whole analysis
  // again (~1 s of CPU) and every document it did would cross threads as JSON, all of it taken
  // from the work itself when the jobs fill the cores. It takes what the workers leave waiting.
  const helper = { accepts: (doc: Document) => doc.text.length <= HELP_MAX_CHARS, run: (doc: Document) => runHere(doc, Boolean(cache.store)) };
  const pool = script ? new WorkerPool(jobs - 1, script, timeLimitMs, helper) : null;
  // Only a run with workers asks whether more documents follow; without, events pass straight through.
  const watched = pool ? watchDocuments(events) : null;
  let firstMiss = true;

  // Workers for a corpus; but a single document (`attrib quotes story.txt`) is analysed here,
  // since each worker would first spend the analysis's load time (~0.5 s) for nothing.
  const analyzeMiss = async (doc: Document, payload: boolean): Promise<WorkResult> => {
    if (!pool || !watched) return runHere(doc, payload);
    if (firstMiss) {
      firstMiss = false;
      if (!(await watched.nextDocument(PEEK_MS))) return runHere(doc, payload);
    }
    return pool.run(doc);
  };

  const analyzeOne = async (doc: Document): Promise<RunEvent> => {
    // The store opens with the first document, so a run over no documents creates no file.
    if (cache.store === undefined) cache.store = AnalysisStore.open(cacheDir({ env: opts.env ?? process.env, platform: process.platform, home: homedir() }), warn);
    const store = cache.store;
    const key = store ? textKey(doc.text) : '';
    const hit = store?.get(key);
    if (hit !== undefined) return { type: 'analysis', analysis: fromPayload(hit, doc) };
    const result = await analyzeMiss(doc, store !== null);
    if ('error' in result) return { type: 'skip', skipped: { input: doc.id, reason: `analysis failed: ${result.error}` } };
    if (store && result.payload !== undefined) store.put(key, result.payload);
    return { type: 'analysis', analysis: result.analysis };
  };

  let done = 0;
  let bytes = 0;
  try {
    const results = orderedMap(watched?.events ?? events, jobs * WINDOW_PER_JOB, async (ev): Promise<RunEvent> =>
      ev.type === 'doc' ? analyzeOne(ev.doc) : ev);
    for await (const ev of results) {
      for (const message of warnings.splice(0)) yield { type: 'warn', message };
      if (ev.type === 'analysis') {
        done += 1;
        bytes += Buffer.byteLength(ev.analysis.doc.text, 'utf8');
        opts.onProgress?.(done, bytes);
      }
      yield ev;
    }
    for (const message of warnings.splice(0)) yield { type: 'warn', message };
  } finally {
    cache.store?.close();
    await pool?.close();
  }
}

async function runHere(doc: Document, payload: boolean): Promise<WorkResult> {
  const analyze = await loadAnalyze();
  try {
    const analysis = analyze(doc);
    return { analysis, payload: payload ? toPayload(analysis) : undefined };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}
