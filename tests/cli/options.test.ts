// src/cli/options.ts: the option parsers every analysis command shares; then, through the whole CLI in-process (the
// analysis replaced by fake-analysis.ts), the output format and colour they pick for a pipe or a terminal.
import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { jobsOf, listOf } from '../../src/cli/options.js';
import type { FakeOptions } from './fake-io.js';
import { runMain as run } from './run-main.js';
import { parseCsv, parseTsv } from '../render/helpers.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

const SHAPES = ['round', 'square', 'flat'] as const;
const shapes = listOf(SHAPES, 'shape', 'all');

describe('listOf: comma-separated values checked against a list', () => {
  it.each([
    ['round', ['round']],
    ['round,flat', ['round', 'flat']],
    [' square , round ', ['square', 'round']],
    // any case, as a user types it: the values come out as the list spells them
    ['Round', ['round']],
    ['SQUARE,Flat', ['square', 'flat']],
    ['ALL', ['round', 'square', 'flat']],
    ['All', ['round', 'square', 'flat']],
  ])('%j -> %j', (value, expected) => {
    expect(shapes(value)).toEqual(expected);
  });

  it('adds to the values of an earlier use of the option', () => {
    expect(shapes('Flat', ['round'])).toEqual(['round', 'flat']);
  });

  it.each([
    // an unknown value is named as it was typed
    ['oval', /unknown shape "oval"/],
    ['Round,Ovals', /unknown shape "Ovals"/],
    // a prefix or a value with its letters changed is no value
    ['roun', /unknown shape "roun"/],
    ['rounds', /unknown shape "rounds"/],
    // nothing given (an unset shell variable)
    ['', /no shape given/],
    [' , ', /no shape given/],
  ])('rejects %j', (value, message) => {
    expect(() => shapes(value)).toThrow(InvalidArgumentError);
    expect(() => shapes(value)).toThrow(message);
  });

  it('takes no "all" where the list has none', () => {
    expect(() => listOf(SHAPES, 'shape')('all')).toThrow(/unknown shape "all"/);
  });
});

describe('jobsOf: the threads to analyse in, never more than the cores', () => {
  it.each([
    // [--jobs given, cores, threads, note]
    [undefined, 4, 4, null],
    [1, 4, 1, null],
    [3, 4, 3, null],
    [4, 4, 4, null],
    [5, 4, 4, '--jobs 5 is more than the 4 cores here: analysing in 4 threads (more would only compete for them)'],
    [64, 2, 2, '--jobs 64 is more than the 2 cores here: analysing in 2 threads (more would only compete for them)'],
    [8, 1, 1, '--jobs 8 is more than the 1 core here: analysing in 1 thread (more would only compete for them)'],
  ] as const)('--jobs %s on %i cores -> %i threads', (jobs, cores, threads, note) => {
    const notes: string[] = [];
    expect(jobsOf({ jobs, cache: true }, (m) => notes.push(m), cores)).toBe(threads);
    expect(notes).toEqual(note === null ? [] : [note]);
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
