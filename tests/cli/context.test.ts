// cli/context.ts Context: results go to stdout until its reader closes; a diagnostic is "attrib: ..." on stderr,
// escaped (messages quote file names), red only on a failure; fail() sets exit status 2; a progress line is cleared
// before any other output.
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { fakeIO } from './fake-io.js';

describe('cli/context', () => {
  it('writes results to stdout, and nothing once the reader has gone', () => {
    const f = fakeIO();
    const ctx = new Context(f.io, false);
    ctx.write('one\n');
    ctx.closed = true;
    ctx.write('two\n');
    expect(f.out()).toBe('one\n');
  });

  it.each<[string, (ctx: Context) => void, string, number]>([
    ['a diagnostic', (ctx) => ctx.diag('no quotes found in 2 documents'), 'attrib: no quotes found in 2 documents\n', 0],
    ['a failure sets status 2', (ctx) => ctx.fail('cannot read harbour.txt'), 'attrib: cannot read harbour.txt\n', 2],
    ['control characters in a message are escaped', (ctx) => ctx.diag('bad name a\u001b[2Jb.txt'), 'attrib: bad name a\\x1b[2Jb.txt\n', 0],
  ])('%s', (_name, act, expected, code) => {
    const f = fakeIO();
    const ctx = new Context(f.io, false);
    act(ctx);
    expect([f.err(), ctx.code]).toEqual([expected, code]);
  });

  it('colours a failure red and the prefix bold when colour is on', () => {
    const f = fakeIO();
    const ctx = new Context(f.io, true);
    ctx.fail('oops');
    ctx.diag('fine');
    const [failLine, diagLine] = f.err().split('\n');
    expect(failLine).toMatch(/\u001b\[1mattrib:\u001b\[22m \u001b\[31moops/);
    expect(diagLine).toMatch(/ fine$/);
    expect(diagLine).not.toContain('\u001b[31m');
  });

  it('clears a progress line before a diagnostic, and before results only on a terminal', () => {
    const clears: string[] = [];
    for (const stdoutTTY of [false, true]) {
      const ctx = new Context(fakeIO({ stdoutTTY }).io, false);
      ctx.clearProgress = () => clears.push(`clear tty=${stdoutTTY}`);
      ctx.write('x');
      ctx.diag('y');
    }
    expect(clears).toEqual(['clear tty=false', 'clear tty=true', 'clear tty=true']);
  });
});
