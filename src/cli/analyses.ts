// The one road from paths to analyses for every command: read the corpus, run it (workers,
// cache), report skipped inputs and warnings on stderr as they happen, stop when stdout closes.
import type { Skipped } from '../corpus/index.js';
import type { Analysis } from '../types.js';
import type { Sink } from '../render/types.js';
import type { Context } from './context.js';
import { jobsOf, type CommonOptions } from './options.js';

/** `onSkip` lets a stream (extract) put each skipped input in its place among the results. */
export async function* analyses(paths: string[], ctx: Context, opts: CommonOptions, onSkip?: (s: Skipped) => void): AsyncGenerator<Analysis> {
  // Loaded on demand so that --help, --version and usage errors never pay for the analysis
  // code (some 300 modules and word lists).
  const { readCorpus, defaultPaths } = await import('../corpus/index.js');
  const { analyzeCorpus } = await import('../run/analyze-corpus.js');
  const { createProgress } = await import('../run/progress.js');
  const { io } = ctx;
  const inputs = paths.length > 0 ? paths : defaultPaths(io.cwd);
  // `cat story.txt | attrib quotes` would otherwise analyse the seeds in silence.
  if (paths.length === 0 && io.stdinPiped) ctx.diag('no path given: reading the seeds (give - to read standard input)');
  // `-` on a terminal waits for typing: say so rather than seem to hang (clig.dev).
  if (inputs.includes('-') && io.stdin.isTTY) ctx.diag('reading standard input from the terminal (end with Ctrl-D)');
  const events = readCorpus(inputs, { stdin: io.stdin, cwd: io.cwd });
  // A progress line only for a person watching: stderr on a terminal, outside CI.
  const showProgress = io.stderr.isTTY === true && !io.env['CI'];
  const progress = createProgress(io.stderr, showProgress);
  if (showProgress) {
    // The corpus's size, measured beside the run, adds "time left" to the line.
    const { inputSize } = await import('../run/input-size.js');
    void inputSize(inputs, io.cwd).then((n) => progress.setTotal(n), () => {});
  }
  // The line is cleared before anything else is printed on the terminal, then redrawn.
  ctx.clearProgress = () => progress.done();
  const run = analyzeCorpus(events, { jobs: jobsOf(opts, (m) => ctx.diag(m)), cache: opts.cache, env: io.env, onProgress: (done, bytes) => progress.update(done, bytes) });
  try {
    for await (const ev of run) {
      if (ctx.closed) return;
      if (ev.type === 'analysis') yield ev.analysis;
      else if (ev.type === 'skip') {
        ctx.skipped.push(ev.skipped);
        onSkip?.(ev.skipped);
        ctx.fail(`skipped ${ev.skipped.input}: ${ev.skipped.reason}`);
      } else ctx.diag(ev.message);
    }
  } finally {
    progress.done();
    ctx.clearProgress = undefined;
  }
}

/** The listing `quotes`, `who-said` and `figures` share: each analysis's records (`pick`) that `keep` passes, written to
 *  the sink in order, the sink ended; the counts are for finish(). */
export async function writeKept<R>(docs: AsyncIterable<Analysis>, pick: (a: Analysis) => readonly R[], keep: (r: R) => boolean,
  sink: Sink<R>): Promise<{ found: number; docs: number }> {
  let found = 0;
  let read = 0;
  for await (const a of docs) {
    read++;
    for (const r of pick(a)) {
      if (!keep(r)) continue;
      sink.write(r);
      found++;
    }
  }
  sink.end();
  return { found, docs: read };
}
