// cli/finish.ts finish: the exit status once results are written. Nothing found is status 1 with a diagnostic, unless
// an input error (2) already outranks it; a closed stdout (`| head`) ends quietly with 0.
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { finish } from '../../src/cli/finish.js';
import { fakeIO } from './fake-io.js';

describe('cli/finish', () => {
  it.each<[string, { code?: number; closed?: boolean }, number, string, number, number, string]>([
    ['results found', {}, 3, 'quotes', 1, 0, ''],
    ['nothing found in one document', {}, 0, 'quotes', 1, 1, 'attrib: no quotes found in 1 document\n'],
    ['nothing found in several', {}, 0, 'figures', 4, 1, 'attrib: no figures found in 4 documents\n'],
    ['an input error outranks nothing found', { code: 2 }, 0, 'quotes', 2, 2, ''],
    ['a closed reader ends with 0, even after an error', { code: 2, closed: true }, 0, 'quotes', 2, 0, ''],
  ])('%s', (_name, state, found, what, docs, code, stderr) => {
    const f = fakeIO();
    const ctx = new Context(f.io, false);
    ctx.code = state.code ?? 0;
    ctx.closed = state.closed ?? false;
    finish(ctx, found, what, docs);
    expect([ctx.code, f.err()]).toEqual([code, stderr]);
  });
});
