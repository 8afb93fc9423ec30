// cli/extract.ts through the whole CLI in-process (fake streams, the analysis replaced by fake-analysis.ts): envelopes
// per document, the summary last, --json, exit codes.
import { describe, expect, it, vi } from 'vitest';
import { runMain as run } from './run-main.js';

vi.mock('../../src/run/analyze-corpus.js', async () => ({ analyzeCorpus: (await import('./fake-analysis.js')).fakeAnalyzeCorpus }));
// the progress line drawn at once when enabled (fake-progress.ts)
vi.mock('../../src/run/progress.js', async () => await import('./fake-progress.js'));

const F = 'tests/fixtures/cli';

describe('extract', () => {
  type Env = { type: string; data: Record<string, unknown> };
  it('--jsonl: envelopes per document, errors in place, a summary last', async () => {
    const r = await run(['extract', '--jsonl', `${F}/council.txt`, `${F}/missing.txt`, `${F}/notes.jsonl`]);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Env);
    expect(lines.map((e) => e.type)).toEqual([
      'document', 'quote', 'quote', 'figure', 'speaker', 'speaker',
      'error',
      'document', 'quote', 'speaker',
      'document', 'figure',
      'summary',
    ]);
    expect(lines[0]?.data).toEqual({ id: `${F}/council.txt`, length: expect.any(Number) as number });
    expect(lines.at(-1)?.data).toEqual({ docs: 3, skipped: [{ input: `${F}/missing.txt`, reason: expect.any(String) as string }], quotes: 3, figures: 2, speakers: 3 });
    expect(r.code).toBe(2);
  });

  it('is the default format, and reads JSONL on stdin', async () => {
    const r = await run(['extract', '-'], { stdin: '{"id":"x","text":"\\"Go now,\\" Ana Lima said."}\n' });
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Env);
    expect(lines[0]).toEqual({ type: 'document', data: { id: 'x', length: 24 } });
    expect(lines.at(-1)?.type).toBe('summary');
    expect(r.code).toBe(0);
  });

  it('an empty stdin (an empty split) writes no document, only the summary, and exits 1', async () => {
    const r = await run(['extract', '-'], { stdin: '' });
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Env)).toEqual([{ type: 'summary', data: { docs: 0, skipped: [], quotes: 0, figures: 0, speakers: 0 } }]);
    expect(r.err).toMatch(/^attrib: -: standard input is empty \(no document\)$/m);
    expect(r.code).toBe(1);
  });

  it('--json: one object', async () => {
    const r = await run(['extract', '--json', `${F}/council.txt`]);
    const all = JSON.parse(r.out) as Record<string, unknown[]>;
    expect(Object.keys(all)).toEqual(['documents', 'quotes', 'figures', 'speakers', 'errors', 'summary']);
    expect(all['quotes']).toHaveLength(2);
  });

  it('a document without quotes is still a result (exit 0)', async () => {
    expect((await run(['extract', `${F}/plain.txt`])).code).toBe(0);
  });
});
