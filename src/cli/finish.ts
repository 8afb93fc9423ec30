// The exit status once a command has written its results: input errors (2) outrank
// "nothing found" (1), which outranks results (0).
import type { Context } from './context.js';

export function finish(ctx: Context, found: number, what: string, docs: number): void {
  if (ctx.closed) {
    ctx.code = 0;
    return;
  }
  if (found === 0 && ctx.code === 0) {
    ctx.diag(`no ${what} found in ${docs} document${docs === 1 ? '' : 's'}`);
    ctx.code = 1;
  }
}
