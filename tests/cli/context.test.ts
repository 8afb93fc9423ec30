// cli/context.ts Context: results go to stdout until its reader closes; a diagnostic is "attrib: ..." on stderr,
// escaped (messages quote file names), red only on a failure; fail() sets exit status 2; a progress line is cleared
// before any other output. Then, through the whole CLI in-process, what reaches stderr and what stdout.
import { describe, expect, it, vi } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { fakeIO } from './fake-io.js';
import { runMain as run } from './run-main.js';
import { parseTsv } from '../render/helpers.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

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

describe('diagnostics go to stderr as "attrib: ..."; stdout holds results only', () => {
  it('a missing path is named on stderr, and the good file still printed', async () => {
    const r = await run(['quotes', '--jsonl', `${F}/missing.txt`, `${F}/council.txt`]);
    expect(r.err).toMatch(/^attrib: skipped tests\/fixtures\/cli\/missing\.txt: /m);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.code).toBe(2);
  });

  it.each([
    [['quotes', '--bogus'], /^attrib: unknown option '--bogus' \(see attrib quotes --help\)$/m],
    [['bogus'], /^attrib: unknown command 'bogus'/m],
    [['quotes', `${F}/plain.txt`], /^attrib: no quotes found in 1 document$/m],
    [['who-said', 'ferry', `${F}/council.txt`], /^attrib: no quotes containing "ferry" found/m],
    // a format conflict says which flags to choose from (the top-level --help lists none of them)
    [['quotes', '--json', '--csv', `${F}/council.txt`], /^attrib: choose one output format, not json and csv \(give one of --json, --jsonl, --csv, --tsv, --format <f>\)$/m],
    [['extract', '--format', 'json', '--jsonl', `${F}/council.txt`], /^attrib: choose one output format, not json and jsonl \(give --jsonl or --json, not both\)$/m],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.err).toMatch(message);
    // Piped output is TSV: at most its header row, never a diagnostic.
    expect(parseTsv(r.out).length).toBeLessThanOrEqual(1);
  });

  it('--jobs above the cores is cut to them, with a note, and the run goes on', async () => {
    const r = await run(['quotes', '--jsonl', '--jobs', '100000', `${F}/council.txt`]);
    expect(r.err).toMatch(/^attrib: --jobs 100000 is more than the \d+ cores? here: analysing in \d+ threads? \(more would only compete for them\)$/m);
    expect(r.out).toBe((await run(['quotes', '--jsonl', `${F}/council.txt`])).out);
    expect(r.code).toBe(0);
  });

  it('no stack trace on a usage error', async () => {
    expect((await run(['figures', '--kind', 'apples'])).err).not.toMatch(/\n\s+at /);
  });
});
