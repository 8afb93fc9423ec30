// cli/analyses.ts through the whole CLI in-process (fake streams, the analysis replaced by fake-analysis.ts): the inputs
// every command reads (stdin as -, the seeds when no path is given, JSONL lines, folders) and the progress line, drawn
// only for a person watching stderr.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIO, type FakeOptions } from './fake-io.js';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

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
