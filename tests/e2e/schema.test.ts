// The published JSON Schema holds for what the built CLI really writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from './validate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'attrib.schema.json'), 'utf8')) as Record<string, unknown>;
const def = (name: string) => ({ $ref: `#/$defs/${name}` });

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]);
});

function attrib(args: string[]): string {
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'attrib.js'), ...args, '--no-cache', '--jobs', '1'], { cwd: ROOT, env, encoding: 'utf8' }).stdout;
}

describe('schema/attrib.schema.json', { timeout: 60_000 }, () => {
  it('the validator catches what it should', () => {
    expect(validate(schema, def('Span'), { text: 'a', start: 0, end: 1 })).toEqual([]);
    expect(validate(schema, def('Span'), { text: 'a', start: -1 })).toHaveLength(2);
    expect(validate(schema, def('Figure'), { value: Number.NaN })).not.toEqual([]);
    expect(validate(schema, def('Envelope'), { type: 'nope', data: {} })).not.toEqual([]);
  });

  // The fixtures plus the bundled seeds (whatever the analysis finds in them).
  const inputs = ['tests/fixtures/cli', 'seeds'];

  it('every extract envelope matches Envelope', () => {
    const lines = attrib(['extract', '--jsonl', ...inputs, 'tests/fixtures/cli/nope.txt']).trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(validate(schema, schema, JSON.parse(line))).toEqual([]);
  });

  it.each([
    ['quotes', 'Quote'],
    ['figures', 'Figure'],
    ['speakers', 'Speaker'],
  ])('%s --json items match %s', (command, name) => {
    const records = JSON.parse(attrib([command, '--json', ...inputs])) as unknown[];
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(validate(schema, def(name), r)).toEqual([]);
  });
});
