// Runs the analysis over a stream of corpus events and yields results in input order.
import { analyze } from '../analysis/index.js';
import type { CorpusEvent, Skipped } from '../corpus/index.js';
import type { Analysis } from '../types.js';

export type RunEvent =
  | { type: 'analysis'; analysis: Analysis }
  | { type: 'skip'; skipped: Skipped }
  | { type: 'warn'; message: string };

export interface RunOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs?: number;
  /** Use the analysis cache (default true). */
  cache?: boolean;
}

// STUB: sequential, no cache; to be replaced by the worker pool and the cache.
export async function* analyzeCorpus(events: AsyncIterable<CorpusEvent>, _opts: RunOptions = {}): AsyncGenerator<RunEvent> {
  for await (const ev of events) {
    if (ev.type === 'doc') yield { type: 'analysis', analysis: analyze(ev.doc) };
    else yield ev;
  }
}
