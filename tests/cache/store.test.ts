import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisStore } from '../../src/cache/store.js';
import { STORE_FILE } from '../../src/cache/location.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'attrib-store-'));

describe('AnalysisStore', () => {
  it('keeps what was put, across openings, per analysis version', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const a = AnalysisStore.open(dir, (m) => warnings.push(m), '1.0.0')!;
    a.put('h1', '{"quotes":[]}');
    a.flush();
    expect(a.get('h1')).toBe('{"quotes":[]}');
    expect(a.get('h2')).toBeUndefined();
    a.put('h2', '{"x":2}');
    a.close(); // close flushes
    const b = AnalysisStore.open(dir, (m) => warnings.push(m), '1.0.0')!;
    expect([b.get('h1'), b.get('h2')]).toEqual(['{"quotes":[]}', '{"x":2}']);
    b.close();
    const newer = AnalysisStore.open(dir, (m) => warnings.push(m), '1.0.1')!;
    expect(newer.get('h1')).toBeUndefined(); // a new analysis version never reads old results
    newer.close();
    expect(warnings).toEqual([]);
  });

  it.each<[string, (dir: string) => string, RegExp]>([
    ['a directory that cannot be made (under a file)', (dir: string) => {
      writeFileSync(join(dir, 'file'), 'x');
      return join(dir, 'file', 'cache');
    }, /^cannot keep the analysis cache in \S+cache: \S+file is not a folder \(.*ATTRIB_CACHE_DIR.*--no-cache\)$/],
    ['a file where the directory should be', (dir: string) => {
      writeFileSync(join(dir, 'cache'), 'x');
      return join(dir, 'cache');
    }, /^cannot keep the analysis cache in (\S+cache): \1 is not a folder \(.*ATTRIB_CACHE_DIR.*--no-cache\)$/],
    ['a corrupt store file', (dir: string) => {
      writeFileSync(join(dir, STORE_FILE), 'this is not a database, just text '.repeat(200));
      return dir;
    }, /^cannot use the analysis cache \S+: the file is damaged .*\(.*delete the file.*--no-cache\)$/],
  ])('warns once, in plain words, and returns null for %s', (_name, prepare, message) => {
    const warnings: string[] = [];
    const store = AnalysisStore.open(prepare(tempDir()), (m) => warnings.push(m));
    expect(store).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
  });

  it('creates its directory when missing', () => {
    const dir = join(tempDir(), 'a', 'b');
    const store = AnalysisStore.open(dir, () => {})!;
    store.close();
    expect(existsSync(join(dir, STORE_FILE))).toBe(true);
  });
});
