import { describe, expect, it, vi } from 'vitest';
import { sharedWidth } from '../../src/analysis/text-width.js';
import { analyze } from '../../src/analysis/index.js';

// Invented texts: one plain ASCII, one with curly quotes (held two bytes a character by V8).
const PLAIN = 'Mara Vell, the harbour master, said the ferry would sail at 9 a.m. on Friday.';
const CURLY = '“The pier is safe,” said Tomas Grell, who runs the boatyard. He said 40 boats were moored.';

describe('sharedWidth', () => {
  // whatever representation it picks, the characters (so every offset) stay the same
  it.each([[PLAIN], [CURLY], [''], ['a'], ['short text']])('%j keeps its characters', (text) => {
    expect(sharedWidth(text)).toBe(text);
    expect(sharedWidth(text).length).toBe(text.length);
  });

  it('a plain text read after a curly one gets the same records as on its own', async () => {
    // the width is module state and the rows above have already met a two-byte text: a fresh copy of the modules
    // reads PLAIN first unwidened, then widened after CURLY
    vi.resetModules();
    const fresh = await import('../../src/analysis/index.js');
    const doc = { id: 'p', text: PLAIN };
    const alone = fresh.analyze(doc);
    fresh.analyze({ id: 'c', text: CURLY });
    const after = fresh.analyze({ id: 'p', text: PLAIN });
    expect(after).toEqual(alone);
    expect(after).toEqual(analyze({ id: 'p', text: PLAIN }));
    // the document handed back is the caller's, not the widened copy
    expect(alone.doc).toBe(doc);
  });
});
