import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/cache/fingerprint.js';

/** A fresh code tree: analysis/ and lexicon/ with the given files. */
const tree = (files: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'attrib-fp-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
};
const base = { 'analysis/quotes/index.js': 'export const a = 1;', 'lexicon/verbs.js': 'export const v = ["say"];' };

describe('codeFingerprint', () => {
  it.each([
    ['a rule edited', { 'analysis/quotes/index.js': 'export const a = 2;' }, false],
    ['a word list edited', { 'lexicon/verbs.js': 'export const v = ["say", "tell"];' }, false],
    ['a new stage file', { 'analysis/figures/index.js': 'export {};' }, false],
    ['the same code written again (a rebuild)', {}, true],
    ['a source map changes', { 'analysis/quotes/index.js.map': '{"v":3}' }, true],
    ['a file outside the analysis', { 'cli/main.js': 'changed' }, true],
  ])('%s: same fingerprint = %s', (_name, change, same) => {
    const before = codeFingerprint(tree(base));
    const after = codeFingerprint(tree({ ...base, ...change }));
    expect(after === before).toBe(same);
    expect(after).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is stable for a layout without the folders', () => {
    expect(codeFingerprint(tree({}))).toBe(codeFingerprint(tree({ 'other/x.js': '1' })));
  });
});
