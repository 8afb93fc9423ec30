// The README's record examples (the Quote and Figure blocks of "The output contract") are what
// the built command prints for the document they name: a user who runs the same command must
// see the same record. Fields written "..." are placeholders and not compared. When a change to
// the analysis moves one of these records, the README example is updated with it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'attrib.js');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]);
});

type Example = { section: string; record: Record<string, unknown> };

/** The first ```json block after each `### <section>` heading of the README. */
function examples(sections: string[]): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return sections.map((section) => {
    const at = readme.indexOf(`\n### ${section}\n`);
    const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
    if (at < 0 || !block) throw new Error(`README has no json example under "### ${section}"`);
    return { section, record: JSON.parse(block[1] ?? '') as Record<string, unknown> };
  });
}

/** The example without its placeholder fields. */
const concrete = (r: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '...'));

describe('README record examples', { timeout: 60_000 }, () => {
  it.each(examples(['Quote', 'Figure']))('the $section example is printed as written', ({ section, record }) => {
    const doc = record['doc'];
    expect(typeof doc === 'string' && existsSync(join(ROOT, doc)), `the ${section} example names a document of the repo`).toBe(true);
    const r = spawnSync(process.execPath, [BIN, 'extract', '--jsonl', '--no-cache', '--jobs', '1', doc as string], { cwd: ROOT, encoding: 'utf8' });
    const type = section.toLowerCase();
    const printed = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> })
      .filter((e) => e.type === type && e.data['start'] === record['start'] && e.data['end'] === record['end']).map((e) => e.data);
    expect(printed).toContainEqual(expect.objectContaining(concrete(record)));
  });
});
