// End-to-end: the built command (bin/attrib.js over dist/) run as a user runs it. Only very
// robust facts about the analysis are asserted (a plain `"...," Jane Doe said.` is found).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, parseTsv } from '../render/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'attrib.js');
const F = 'tests/fixtures/cli';
let cacheDir = '';

beforeAll(() => {
  // `npm test` builds first; a lone `vitest run tests/e2e` builds if dist/ is missing.
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]);
  cacheDir = mkdtempSync(join(tmpdir(), 'attrib-e2e-'));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A clean environment: no colour variables, CI off, the cache in a temp dir. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ATTRIB_CACHE_DIR: cacheDir, ...extra };
}

// One thread per run: the tests run side by side on a small shared machine, and worker
// start-up would only slow them down (--jobs has its own tests in tests/run).
const ANALYSIS = new Set(['quotes', 'who-said', 'figures', 'speakers', 'extract']);

function attrib(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}) {
  const argv = ANALYSIS.has(args[0] ?? '') ? [...args, '--jobs', '1'] : args;
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', env: env(opts.env), encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Q = { doc: string; text: string; start: number; end: number; speaker: string | null };

// Generous time limits: each test spawns node, and a loaded machine can make that slow.
describe('attrib (built)', { timeout: 60_000 }, () => {
  it('finds a plain quote and its speaker', () => {
    const r = attrib(['quotes', '--json', `${F}/council.txt`]);
    expect(r.code).toBe(0);
    const quotes = JSON.parse(r.out) as Q[];
    expect(quotes.some((q) => q.speaker === 'Jane Doe' && q.text.includes('rebuild the old bridge'))).toBe(true);
  });

  it('with no path and no ./seeds, reads the bundled seeds', () => {
    const r = attrib(['extract', '--jsonl'], { cwd: cacheDir });
    expect(r.code).toBe(0);
    const docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; data: { id: string } }).filter((e) => e.type === 'document');
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.data.id).toMatch(/seeds[\\/][^\\/]+\.txt$/);
  });

  it('every record slices back to its text', () => {
    const text = readFileSync(join(ROOT, F, 'council.txt'), 'utf8');
    const records = attrib(['extract', '--jsonl', `${F}/council.txt`]).out.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; data: Q });
    for (const { type, data } of records) if (type === 'quote' || type === 'figure') expect(text.slice(data.start, data.end)).toBe(data.text);
  });

  it.each([
    ['tsv (piped default)', [], (out: string) => parseTsv(out)[0]?.[0] === 'doc'],
    ['csv', ['--csv'], (out: string) => parseCsv(out)[0]?.[0] === 'doc'],
    ['json', ['--json'], (out: string) => Array.isArray(JSON.parse(out))],
    ['jsonl', ['--jsonl'], (out: string) => out.trimEnd().split('\n').every((l) => typeof JSON.parse(l) === 'object')],
    ['table', ['--format', 'table'], (out: string) => out.includes('┌')],
  ])('%s parses', (_name, flags, parses) => {
    const r = attrib(['quotes', ...flags, `${F}/council.txt`]);
    expect(r.code).toBe(0);
    expect(parses(r.out)).toBe(true);
  });

  it.each([
    ['results', ['quotes', `${F}/council.txt`], 0],
    ['nothing found', ['quotes', `${F}/plain.txt`], 1],
    ['who-said nothing found', ['who-said', 'zeppelin', `${F}/council.txt`], 1],
    ['missing path', ['quotes', `${F}/council.txt`, `${F}/nope.txt`], 2],
    ['usage error', ['quotes', '--nope'], 2],
  ])('exit code: %s', (_name, args, code) => {
    const r = attrib(args);
    expect(r.code).toBe(code);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a missing path: results first, then the reason on stderr, exit 2', () => {
    const r = attrib(['quotes', '--jsonl', `${F}/nope.txt`, `${F}/council.txt`]);
    expect(r.out.trim().split('\n').length).toBeGreaterThan(0);
    expect(r.err).toMatch(/^attrib: skipped tests\/fixtures\/cli\/nope\.txt: /m);
    expect(r.code).toBe(2);
  });

  it('reads stdin as -', () => {
    const r = attrib(['quotes', '--json', '-'], { input: '"The ferry will sail at noon," Jane Doe said.\n' });
    expect((JSON.parse(r.out) as Q[]).some((q) => q.doc === '-' && q.speaker === 'Jane Doe')).toBe(true);
  });

  it('reads JSONL: records carry the line id as doc', () => {
    const r = attrib(['quotes', '--json', `${F}/notes.jsonl`]);
    expect((JSON.parse(r.out) as Q[]).map((q) => q.doc)).toContain('n1');
  });

  it('extract --jsonl ends with a summary', () => {
    const lines = attrib(['extract', '--jsonl', `${F}/council.txt`, `${F}/notes.jsonl`]).out.trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1) ?? '{}') as { type: string; data: { docs: number } };
    expect(last).toMatchObject({ type: 'summary', data: { docs: 3 } });
  });

  it.each([
    ['piped', {}],
    ['NO_COLOR', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('no colour and no raw escapes: %s', (_name, extra) => {
    for (const flags of [[], ['--format', 'table']]) {
      const r = attrib(['quotes', ...flags, `${F}/hostile.txt`, `${F}/council.txt`], { env: extra });
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('\u001b');
      expect(r.err).not.toContain('\u001b');
    }
  });

  it('--help and --version', () => {
    expect(attrib(['--help']).out).toContain('Exit codes:');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(attrib(['--version']).out.trim()).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')} \\(analysis \\d+\\.\\d+\\.\\d+\\)$`));
  });

  it('| head ends quietly', () => {
    // Enough output to fill the pipe after head has gone: many small documents on stdin.
    const corpus = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `"We will open ${i} new schools," Jane Doe said. It cost $${i} million.` })).join('\n');
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} extract --jsonl --jobs 1 - | head -n 1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: ROOT, input: corpus, env: env(), encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=0');
  });
});
