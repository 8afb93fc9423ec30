// cli/figures.ts through the whole CLI in-process (fake streams, the analysis replaced by fake-analysis.ts): quantities
// by default, --kind, --unsourced, --disagree.
import { describe, expect, it, vi } from 'vitest';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

describe('cli/figures: filters', () => {
  it.each([
    [['figures', '--unsourced'], [12, 14]],
    [['figures', '--kind', 'money'], []],
    [['figures', '--kind', 'count,money'], [12, 14]],
    [['figures', '--disagree'], [12, 14]],
  ])('%j', async (args, values) => {
    const r = await run([...args, '--json', `${F}/council.txt`, `${F}/harbour.txt`]);
    expect((JSON.parse(r.out) as { value: number }[]).map((f) => f.value)).toEqual(values);
  });
});

describe('figures: quantities by default', () => {
  it.each([
    [[], [12]],
    [['--kind', 'all'], [2019, 12]],
    [['--kind', 'year'], [2019]],
    [['--kind', 'year', '--kind', 'count'], [2019, 12]],
  ])('%j', async (flags, values) => {
    const r = await run(['figures', ...flags, '--json', '-'], { stdin: 'In 2019 the town built 12 bridges.' });
    expect((JSON.parse(r.out) as { value: number }[]).map((f) => f.value)).toEqual(values);
  });
});
