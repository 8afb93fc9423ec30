// cli/speakers.ts through the whole CLI in-process (fake streams, the analysis replaced by fake-analysis.ts): --speaker
// filters, speakers merged across documents.
import { describe, expect, it, vi } from 'vitest';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

describe('cli/speakers', () => {
  it.each([
    ['haddad', ['Omar Haddad']],
    ['DOE', ['Jane Doe']],
    ['nobody', []],
  ])('speakers --speaker %s', async (name, names) => {
    const r = await run(['speakers', '--speaker', name, '--json', `${F}/council.txt`]);
    expect((JSON.parse(r.out) as { name: string }[]).map((s) => s.name)).toEqual(names);
    expect(r.code).toBe(names.length > 0 ? 0 : 1);
  });

  it('speakers are merged across documents', async () => {
    const r = await run(['speakers', '--json', `${F}/council.txt`, `${F}/harbour.txt`]);
    expect(JSON.parse(r.out)).toEqual([
      { name: 'Jane Doe', kind: 'person', roles: [], aliases: [], quotes: 2, figures: 0, docs: [`${F}/council.txt`, `${F}/harbour.txt`] },
      { name: 'Omar Haddad', kind: 'person', roles: [], aliases: [], quotes: 1, figures: 0, docs: [`${F}/council.txt`] },
    ]);
  });
});
