// run/worker-script.ts workerScript: the built worker, found from src/ (as vitest runs it) through the package's dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerScript } from '../../src/run/worker-script.js';

describe('run/worker-script', () => {
  it('finds dist/run/worker.js from the TypeScript source, once built', () => {
    const url = workerScript();
    // (the tests run after a build; without one the answer is null, never a path that is not there)
    if (url === null) return expect(existsSync(fileURLToPath(new URL('../../dist/run/worker.js', import.meta.url)))).toBe(false);
    expect(url.protocol).toBe('file:');
    expect(url.pathname.endsWith('/dist/run/worker.js')).toBe(true);
    expect(existsSync(fileURLToPath(url))).toBe(true);
  });
});
