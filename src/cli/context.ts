// What every command gets: the injected streams, one place to write results and
// diagnostics, and the run's state that decides the exit code.
import type { ChalkInstance } from 'chalk';
import { makeChalk } from '../render/color.js';
import { escapeTerminal } from '../render/escape.js';
import type { Skipped } from '../corpus/index.js';

export interface IO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when standard input is a pipe or a file (something was sent to it). */
  stdinPiped?: boolean;
}

export class Context {
  /** Set when the reader of stdout went away (`| head`): stop quietly. */
  closed = false;
  /** Inputs that could not be read: any makes the exit status 2. */
  readonly skipped: Skipped[] = [];
  /** Set by a command: 0 results, 1 nothing found, 2 usage or input error. */
  code = 0;
  readonly err: ChalkInstance;
  /** Set while a progress line may be on the terminal: clears it before other output. */
  clearProgress: (() => void) | undefined;

  constructor(readonly io: IO, colorFlag?: boolean) {
    // stderr's colour is decided on its own: piping stdout still leaves errors red on a terminal.
    this.err = makeChalk({ flag: colorFlag, env: io.env, isTTY: io.stderr.isTTY });
  }

  /** Results go to stdout, and nowhere once the reader has closed the pipe. */
  write = (chunk: string): void => {
    if (this.closed) return;
    if (this.io.stdout.isTTY) this.clearProgress?.();
    this.io.stdout.write(chunk);
  };

  /**
   * A diagnostic: `attrib: what happened (what to do)`. Escaped, because messages quote file
   * names, JSONL ids and terms that may carry control characters.
   */
  diag(message: string, red = false): void {
    const safe = escapeTerminal(message);
    this.clearProgress?.();
    this.io.stderr.write(`${this.err.bold('attrib:')} ${red ? this.err.red(safe) : safe}\n`);
  }

  /** An error that makes the run fail with status 2 (after everything that worked is out). */
  fail(message: string): void {
    this.diag(message, true);
    this.code = 2;
  }
}
