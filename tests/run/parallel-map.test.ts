// `attrib extract --jsonl -` is a pure per-document map: cutting its JSONL input into chunks,
// running one attrib per chunk (here with GNU parallel, as across hosts) and concatenating the
// outputs gives the same records as one run over the whole input, apart from one summary line
// per chunk. Skipped when GNU parallel is not installed (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'attrib.js');
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
const built = existsSync(join(root, 'dist', 'main.js'));

const texts = [
  '“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday.',
  'Unemployment fell to 4.2% in June, according to the labour office.',
  'Nobody was hurt. The road stayed closed overnight.',
  'Ruiz told reporters that repairs would cost $3 million.',
  '“We are not done yet,” said Tom Park, a city engineer. He expects 12 more weeks of work.',
  'About 300 residents signed the petition, organisers said.',
  'The council meets again on Thursday.',
];
const corpus = texts.map((text, i) => JSON.stringify({ id: `n${i}`, text, desk: 'metro' })).join('\n') + '\n';

const sh = (command: string): { stdout: string; status: number | null; stderr: string } => {
  const r = spawnSync('sh', ['-c', command], {
    input: corpus, encoding: 'utf8', cwd: root,
    env: { ...process.env, ATTRIB_CACHE_DIR: mkdtempSync(join(tmpdir(), 'attrib-map-')), CI: '1' },
  });
  return { stdout: r.stdout, status: r.status, stderr: r.stderr };
};
const records = (out: string): string[] => out.split('\n').filter((l) => l && JSON.parse(l).type !== 'summary');
const summaries = (out: string): number => out.split('\n').filter((l) => l && JSON.parse(l).type === 'summary').length;

// Several node processes start here (each loads the analysis): allow for a busy machine.
describe.skipIf(!hasParallel || !built)('extract --jsonl - as a map under GNU parallel', { timeout: 120_000 }, () => {
  const attrib = `node ${JSON.stringify(bin)} extract --jsonl --jobs 1 -`;
  let wholeRun: ReturnType<typeof sh> | undefined;
  const whole = (): ReturnType<typeof sh> => (wholeRun ??= sh(attrib));

  it('gives the records of one whole run, in order, one summary per chunk', () => {
    expect(whole().status).toBe(0);
    // -N 2: two JSONL records a chunk (4 chunks); -k: outputs in input order; -j 2: two at once.
    const mapped = sh(`parallel --will-cite --pipe -N 2 -k -j 2 ${attrib}`);
    expect(mapped.status).toBe(0);
    expect(records(mapped.stdout)).toEqual(records(whole().stdout));
    expect(summaries(mapped.stdout)).toBe(4);
    const docs = records(mapped.stdout).filter((l) => JSON.parse(l).type === 'document').map((l) => JSON.parse(l).data.id);
    expect(docs).toEqual(texts.map((_t, i) => `n${i}`));
  });

  it.runIf(spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0)(
    'jq drops the per-chunk summary lines, as docs/scale.md shows', () => {
      const mapped = sh(`parallel --will-cite --pipe -N 3 -k ${attrib} | jq -c 'select(.type != "summary")'`);
      expect(mapped.status).toBe(0);
      expect(summaries(mapped.stdout)).toBe(0);
      expect(mapped.stdout.split('\n').filter(Boolean).length).toBe(records(whole().stdout).length);
    });
});
