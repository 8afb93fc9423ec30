// The whole CLI in-process with fake streams; the analysis is replaced by a small stand-in
// (fake-analysis.ts) so these tests pin the CLI's own behaviour.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIO, type FakeOptions } from './fake-io.js';
import { runMain as run } from './run-main.js';
import { parseCsv, parseTsv } from '../render/helpers.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

describe('exit codes', () => {
  it.each([
    ['results', ['quotes', `${F}/council.txt`], 0],
    ['nothing found', ['quotes', `${F}/plain.txt`], 1],
    ['who-said found', ['who-said', 'taxes', `${F}/council.txt`], 0],
    ['who-said not found', ['who-said', 'tax', `${F}/council.txt`], 1],
    ['a missing path, after the results', ['quotes', `${F}/council.txt`, `${F}/missing.txt`], 2],
    ['only a missing path', ['figures', `${F}/missing.txt`], 2],
    ['unknown option', ['quotes', '--bogus'], 2],
    ['unknown command', ['bogus'], 2],
    ['no command', [], 2],
    ['missing term', ['who-said'], 2],
    ['blank term', ['who-said', ' ', `${F}/council.txt`], 2],
    ['two formats', ['quotes', '--json', '--csv', `${F}/council.txt`], 2],
    ['two extract formats', ['extract', '--format', 'json', '--jsonl', `${F}/council.txt`], 2],
    ['extract has no table', ['extract', '--format', 'table', `${F}/council.txt`], 2],
    ['bad --format', ['quotes', '--format', 'xml', `${F}/council.txt`], 2],
    ['bad --kind', ['figures', '--kind', 'apples', `${F}/council.txt`], 2],
    ['bad --type', ['quotes', '--type', 'rumour', `${F}/council.txt`], 2],
    ['empty --type', ['quotes', '--type', '', `${F}/council.txt`], 2],
    ['empty --kind', ['figures', '--kind', ' , ', `${F}/council.txt`], 2],
    ['empty --speaker', ['quotes', '--speaker', '', `${F}/council.txt`], 2],
    ['blank --speaker on who-said', ['who-said', 'taxes', '--speaker', '  ', `${F}/council.txt`], 2],
    ['empty --speaker on speakers', ['speakers', '--speaker', '', `${F}/council.txt`], 2],
    ['--type with results', ['quotes', '--type', 'partial,direct', `${F}/council.txt`], 0],
    ['--type in capitals', ['quotes', '--type', 'Partial,DIRECT', `${F}/council.txt`], 0],
    ['--kind in capitals', ['figures', '--kind', 'ALL', `${F}/council.txt`], 0],
    ['--type without results', ['who-said', 'taxes', '--type', 'indirect', `${F}/council.txt`], 1],
    ['bad --jobs', ['quotes', '--jobs', '0', `${F}/council.txt`], 2],
    ['--help', ['--help'], 0],
    ['command --help', ['figures', '--help'], 0],
    ['--version', ['--version'], 0],
  ])('%s -> %i', async (_name, args, code) => {
    expect((await run(args)).code).toBe(code);
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

describe('formats', () => {
  const file = `${F}/council.txt`;
  it('piped: TSV with a header', async () => {
    const rows = parseTsv((await run(['quotes', file])).out);
    expect(rows[0]?.slice(0, 5)).toEqual(['doc', 'type', 'start', 'end', 'text']);
    expect(rows.slice(1).map((r) => r[6])).toEqual(['Jane Doe', 'Omar Haddad']);
  });

  it('terminal: a table, bold headers', async () => {
    const r = await run(['quotes', file], { stdoutTTY: true, columns: 100 });
    expect(r.out).toContain('┌');
    expect(r.out).toContain('\u001b[1m');
    for (const line of r.out.trimEnd().split('\n')) expect(line.replace(/\u001b\[[0-9;]*m/g, '').length).toBeLessThanOrEqual(100);
  });

  it.each([
    [['--json']],
    [['--format', 'json']],
  ])('%j: one JSON array', async (flags) => {
    const quotes = JSON.parse((await run(['quotes', ...flags, file])).out) as { speaker: string; text: string; start: number; end: number }[];
    expect(quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'Omar Haddad']);
  });

  it('--jsonl: one record a line', async () => {
    const lines = (await run(['figures', '--jsonl', file])).out.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { value: number }).value)).toEqual([12]);
  });

  it('--csv: RFC 4180 with a header', async () => {
    const rows = parseCsv((await run(['quotes', '--csv', file])).out);
    expect(rows[0]?.[0]).toBe('doc');
    expect(rows[1]?.[4]).toBe('We will rebuild the old bridge by spring');
  });

  it('--format table on a pipe still draws a table, without colour', async () => {
    const r = await run(['speakers', '--format', 'table', file]);
    expect(r.out).toContain('Omar Haddad');
    expect(r.out).not.toContain('\u001b[');
  });

  it('--explain adds the rule columns to a table', async () => {
    const r = await run(['quotes', '--format', 'table', '--explain', file], { columns: 200 });
    expect(r.out).toContain('fake-speaker');
  });
});

describe('colour', () => {
  const file = `${F}/council.txt`;
  it.each([
    ['piped', {}, [], false],
    ['terminal', { stdoutTTY: true }, [], true],
    ['terminal, NO_COLOR', { stdoutTTY: true, env: { NO_COLOR: '1' } }, [], false],
    ['terminal, TERM=dumb', { stdoutTTY: true, env: { TERM: 'dumb' } }, [], false],
    ['terminal, --no-color', { stdoutTTY: true }, ['--no-color'], false],
    ['piped table, --color', {}, ['--color', '--format', 'table'], true],
    ['piped table, FORCE_COLOR=1', { env: { FORCE_COLOR: '1' } }, ['--format', 'table'], true],
  ] as [string, FakeOptions, string[], boolean][])('%s: colour %s', async (_name, opts, flags, coloured) => {
    const r = await run(['quotes', ...flags, file], opts);
    expect(r.out.includes('\u001b[')).toBe(coloured);
  });

  it('escape sequences from a document never reach the terminal', async () => {
    for (const flags of [[], ['--json'], ['--csv'], ['--jsonl'], ['--tsv']]) {
      const r = await run(['quotes', ...flags, `${F}/hostile.txt`], { stdoutTTY: true, env: { NO_COLOR: '1' } });
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/[\u001b\u0007]/);
    }
  });
});

describe('inputs', () => {
  it('stdin as -', async () => {
    const r = await run(['quotes', '--jsonl', '-'], { stdin: '"The ferry is late," Ana Lima said.\n' });
    expect(JSON.parse(r.out)).toMatchObject({ doc: '-', speaker: 'Ana Lima', text: 'The ferry is late' });
  });

  it.each([
    ['piped stdin and no path: a hint, then the seeds', true],
    ['no path, nothing piped: no hint', false],
  ])('%s', async (_name, piped) => {
    const fake = fakeIO({ stdin: 'ignored' });
    fake.io.stdinPiped = piped;
    await main(['figures', '--jsonl'], fake.io);
    expect(/^attrib: no path given: reading the seeds \(give - to read standard input\)$/m.test(fake.err())).toBe(piped);
    expect(fake.out()).not.toBe('');
  });

  it('JSONL input: records carry the line id as doc', async () => {
    const r = await run(['quotes', '--json', `${F}/notes.jsonl`]);
    expect(JSON.parse(r.out)).toMatchObject([{ doc: 'n1', speaker: 'Omar Haddad' }]);
  });

  it('a folder, recursively, in order', async () => {
    const r = await run(['quotes', '--json', F]);
    const docs = (JSON.parse(r.out) as { doc: string }[]).map((q) => q.doc);
    expect(new Set(docs)).toEqual(new Set([`${F}/council.txt`, `${F}/harbour.txt`, `${F}/hostile.txt`, 'n1']));
  });

  it('offsets slice back to the text', async () => {
    const r = await run(['quotes', '--json', `${F}/council.txt`]);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(`${F}/council.txt`, 'utf8');
    for (const q of JSON.parse(r.out) as { text: string; start: number; end: number }[]) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('queries', () => {
  it.each([
    [['who-said', 'TAXES'], ['Omar Haddad']],
    [['who-said', 'cafe'], ['Omar Haddad']],
    [['quotes', '--speaker', 'doe'], ['Jane Doe', 'Jane Doe']],
    [['who-said', 'will', '--speaker', 'haddad'], ['Omar Haddad', 'Omar Haddad']],
  ])('%j', async (args, speakers) => {
    const r = await run([...args, '--json', `${F}/council.txt`, `${F}/harbour.txt`, `${F}/notes.jsonl`]);
    expect((JSON.parse(r.out) as { speaker: string }[]).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('help and version', () => {
  it('--help has examples, one piping to jq, and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.out).toContain('Examples:');
    expect(r.out).toMatch(/\| jq /);
    expect(r.out).toContain('Exit codes:');
    expect(r.err).toBe('');
  });

  it.each(['quotes', 'who-said', 'figures', 'speakers', 'extract', 'eval'])('%s --help has examples', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain(`attrib ${cmd}`);
  });

  it('--version prints package.json version and the analysis version', async () => {
    const { readFileSync } = await import('node:fs');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { ANALYSIS_VERSION } = await import('../../src/analysis/version.js');
    expect((await run(['--version'])).out.trim()).toBe(`${version} (analysis ${ANALYSIS_VERSION})`);
  });
});

describe('progress', () => {
  it.each([
    ['stderr a terminal', { stderrTTY: true }, true],
    ['stderr a terminal, in CI', { stderrTTY: true, env: { CI: 'true' } }, false],
    ['stderr piped', { stderrTTY: false }, false],
  ] as [string, FakeOptions, boolean][])('%s: progress line %s', async (_name, opts, shown) => {
    const r = await run(['quotes', '--jsonl', `${F}/council.txt`, `${F}/harbour.txt`], opts);
    expect(r.err.includes('document')).toBe(shown);
    // Whatever was drawn is cleared, and stdout never sees it.
    expect(r.out).not.toContain('document');
  });
});

describe('a reader closing the pipe', () => {
  it('ends quietly with 0', async () => {
    const r = await run(['quotes', '--jsonl', `${F}/council.txt`, `${F}/harbour.txt`, `${F}/notes.jsonl`], { epipeAfter: 1 });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
