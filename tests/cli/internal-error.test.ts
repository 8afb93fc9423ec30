// An unexpected failure inside attrib: one line on stderr and exit 2; the stack only on request.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIO } from './fake-io.js';

vi.mock('../../src/run/analyze-corpus.js', () => ({
  analyzeCorpus: async function* () {
    throw new Error('the disk caught fire');
  },
}));

describe('an internal error', () => {
  it.each([
    ['without DEBUG: one line, no stack', {}, false],
    ['DEBUG=attrib: the stack too', { DEBUG: 'attrib' }, true],
  ])('%s', async (_name, env, stack) => {
    const fake = fakeIO({ env });
    const code = await main(['quotes', 'tests/fixtures/cli/council.txt'], fake.io);
    expect(code).toBe(2);
    expect(fake.err()).toMatch(/^attrib: internal error: the disk caught fire \(please report it/m);
    expect(/\n\s+at /.test(fake.err())).toBe(stack);
  });
});
