// src/main.ts main, the whole CLI in-process with fake streams (the analysis replaced by tests/cli/fake-analysis.ts, so
// these rows pin the CLI's own behaviour): the exit code of every outcome (0 results, 1 nothing found, 2 usage or input
// error), and a reader closing the pipe early ending quietly with 0.
import { describe, expect, it, vi } from 'vitest';
import { runMain as run } from './cli/run-main.js';

vi.mock('../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./cli/fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../src/run/progress.js', async () => await import('./cli/fake-progress.js'));

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

describe('a reader closing the pipe', () => {
  it('ends quietly with 0', async () => {
    const r = await run(['quotes', '--jsonl', `${F}/council.txt`, `${F}/harbour.txt`, `${F}/notes.jsonl`], { epipeAfter: 1 });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
