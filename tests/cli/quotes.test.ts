// cli/quotes.ts and cli/who-said.ts through the whole CLI in-process (fake streams, the analysis replaced by
// fake-analysis.ts): a term matched in whole words, any case or accents; --speaker keeps one speaker's quotes.
import { describe, expect, it, vi } from 'vitest';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

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
