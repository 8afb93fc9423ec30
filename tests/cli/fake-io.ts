// In-memory streams for running main() in-process: what it writes is collected, and the
// terminal-ness of each stream is set by the test.
import { Readable, Writable } from 'node:stream';
import type { IO } from '../../src/main.js';

export interface FakeIO {
  io: IO;
  out: () => string;
  err: () => string;
}

export interface FakeOptions {
  stdin?: string;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
  cwd?: string;
  /** Make every write to stdout fail with EPIPE after this many writes (a closed `| head`). */
  epipeAfter?: number;
}

function sink(onChunk: (s: string) => Error | null): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      cb(onChunk(chunk.toString()));
    },
  });
}

export function fakeIO(opts: FakeOptions = {}): FakeIO {
  let out = '';
  let err = '';
  let writes = 0;
  const stdout = sink((s) => {
    if (opts.epipeAfter !== undefined && writes++ >= opts.epipeAfter) return Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    out += s;
    return null;
  });
  const stderr = sink((s) => {
    err += s;
    return null;
  });
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]);
  Object.assign(stdin, { isTTY: opts.stdinTTY ?? false });
  Object.assign(stdout, { isTTY: opts.stdoutTTY ?? false, columns: opts.columns });
  Object.assign(stderr, { isTTY: opts.stderrTTY ?? false });
  // CI is cleared so a test never depends on where it runs; the cache is always off in tests.
  const env = { ...opts.env };
  return { io: { stdin, stdout, stderr, env, cwd: opts.cwd ?? process.cwd() }, out: () => out, err: () => err };
}
