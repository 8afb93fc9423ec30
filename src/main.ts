// The process edge: arguments in, exit code out. Every stream, the environment and the
// working directory are injected, so tests run the whole CLI in-process with fake IO.
import { fstatSync } from 'node:fs';
import { CommanderError } from 'commander';
import { Context, type IO } from './cli/context.js';
import { buildProgram } from './cli/program.js';

export type { IO } from './cli/context.js';

/** The real process's streams. */
export function processIO(): IO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), stdinPiped: stdinPiped() };
}

/** Whether something is being sent on standard input (a pipe or a redirected file, not a terminal or /dev/null). */
function stdinPiped(): boolean {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile();
  } catch {
    return false;
  }
}

/** `--color` / `--no-color` also decide stderr's colour, so they are looked for before parsing. */
function colorFlag(args: string[]): boolean | undefined {
  let flag: boolean | undefined;
  for (const a of args) {
    if (a === '--') break;
    if (a === '--color') flag = true;
    if (a === '--no-color') flag = false;
  }
  return flag;
}

/**
 * Runs attrib with `args` (without the node and script paths) and returns the exit code:
 * 0 results, 1 nothing found, 2 usage or input error.
 */
export async function main(args: string[], io: IO = processIO()): Promise<number> {
  const ctx = new Context(io, colorFlag(args));
  // A reader that closes the pipe early (`| head`) is not an error: stop writing, exit 0.
  const onError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') ctx.closed = true;
    else ctx.fail(`cannot write the output: ${err.message}`);
  };
  io.stdout.on('error', onError);
  try {
    await buildProgram(ctx).parseAsync(args, { from: 'user' });
    return ctx.closed ? 0 : ctx.code;
  } catch (err) {
    // Help and version end with code 0; every other commander exit is a usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const debug = /\battrib\b/.test(io.env['DEBUG'] ?? '');
    ctx.fail(`internal error: ${(err as Error).message} (please report it${debug ? '' : '; DEBUG=attrib shows the stack'})`);
    if (debug) io.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return 2;
  } finally {
    io.stdout.off('error', onError);
  }
}
