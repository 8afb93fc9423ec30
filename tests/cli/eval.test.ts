// `attrib eval`: the scorer's tables through the ordinary renderers (the scorer is replaced
// by fixed tables here; its own tests live in tests/eval).
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIO } from './fake-io.js';
import { parseCsv, parseTsv } from '../render/helpers.js';

vi.mock('../../src/eval/index.js', () => ({
  runEval: (path: string) => {
    if (path.endsWith('missing.jsonl')) throw Object.assign(new Error("ENOENT: no such file or directory, open '/x/missing.jsonl'"), { code: 'ENOENT' });
    if (path.endsWith('folder.jsonl')) throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    if (path.endsWith('empty.jsonl')) return { tables: [], skipped: [], replaced: false };
    const tables = [
      { title: 'Quotes', columns: ['measure', 'P', 'R', 'F1'], rows: [['loose', 80, 70, 74.7], ['strict', 60, 50, null]] },
      { title: 'Speakers', columns: ['measure', 'accuracy'], rows: [['speaker', 66.5]] },
    ];
    if (path.endsWith('broken.jsonl')) return { tables, skipped: [{ line: 3, reason: 'invalid JSON' }, { line: 9, reason: 'not a JSON object' }], replaced: true };
    return { tables, skipped: [], replaced: false };
  },
}));

async function run(args: string[], tty = false) {
  const fake = fakeIO({ stdoutTTY: tty, columns: 100, env: { NO_COLOR: '1' } });
  const code = await main(['eval', ...args], fake.io);
  return { code, out: fake.out(), err: fake.err() };
}

describe('attrib eval', () => {
  it('a table per scorer table, titled, on a terminal', async () => {
    const r = await run(['gold.jsonl'], true);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Quotes\n┌/);
    expect(r.out).toContain('\nSpeakers\n┌');
    expect(r.out).toContain('74.7');
  });

  it('--json: the tables with their rows as objects', async () => {
    const r = await run(['gold.jsonl', '--json']);
    expect(JSON.parse(r.out)).toEqual([
      { title: 'Quotes', rows: [{ measure: 'loose', P: 80, R: 70, F1: 74.7 }, { measure: 'strict', P: 60, R: 50, F1: null }] },
      { title: 'Speakers', rows: [{ measure: 'speaker', accuracy: 66.5 }] },
    ]);
  });

  it('--jsonl: one row a line, tagged with its table', async () => {
    const lines = (await run(['gold.jsonl', '--jsonl'])).out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['table'])).toEqual(['Quotes', 'Quotes', 'Speakers']);
  });

  it.each([
    ['tsv', parseTsv, '\n\n'],
    ['csv', parseCsv, '\r\n\r\n'],
  ] as const)('%s: one block a table, a blank line between', async (format, parse, gap) => {
    const r = await run(['gold.jsonl', `--${format}`]);
    const [first, second] = r.out.split(gap);
    expect(parse(first ?? '')[0]).toEqual(['measure', 'P', 'R', 'F1']);
    expect(parse(second ?? '')[0]).toEqual(['measure', 'accuracy']);
  });

  it.each([
    ['an unreadable file, in words rather than an error code', 'missing.jsonl', 2, /^attrib: cannot evaluate missing\.jsonl: no such file or directory \(give/m],
    ['a folder', 'folder.jsonl', 2, /^attrib: cannot evaluate folder\.jsonl: is a directory \(give/m],
    ['nothing to score', 'empty.jsonl', 1, /^attrib: nothing to score in empty\.jsonl/m],
  ])('%s -> exit %i', async (_name, file, code, message) => {
    const r = await run([file]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it('a gold file with broken lines: the rest is scored, each broken line named after the results, exit 2', async () => {
    const r = await run(['broken.jsonl', '--tsv']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('74.7');
    expect(r.err).toMatch(/^attrib: broken\.jsonl: invalid bytes replaced/m);
    expect(r.err).toMatch(/^attrib: skipped broken\.jsonl:3: invalid JSON \(not scored\)$/m);
    expect(r.err).toMatch(/^attrib: skipped broken\.jsonl:9: not a JSON object \(not scored\)$/m);
  });
});
