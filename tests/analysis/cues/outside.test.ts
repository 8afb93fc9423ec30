import { describe, expect, it } from 'vitest';
import { insideQuotes } from '../../../src/analysis/cues/outside.js';
import { analyze } from '../../../src/analysis/index.js';
import type { QuoteSpan } from '../../../src/types.js';

const span = (open: number, close: number, depth = 0, role: QuoteSpan['role'] = 'speech'): QuoteSpan =>
  ({ open, close, inner: { start: open + 1, end: close - 1, text: '' }, depth, role });

// two speech quotes [10, 20) and [40, 50), a scare quote [60, 70) and a nested quote inside the first
const SPANS = [span(10, 20), span(12, 15, 1), span(40, 50), span(60, 70, 0, 'scare')];

describe('cues/outside: the quote walker', () => {
  it.each([
    // one forward pass
    [[5, 10, 19, 20, 45, 65], [false, true, true, false, true, false]],
    // a second pass over the same text goes back: the walker steps back to the quote that holds the offset
    [[45, 15], [true, true]],
    [[49, 50, 11, 30, 41], [true, false, true, false, true]],
  ])('%j', (offsets, expected) => {
    const inside = insideQuotes(SPANS);
    expect(offsets.map((at) => inside(at))).toEqual(expected);
  });

  it('keeps a noun cue inside a quote out even when a later noun cue was found first', () => {
    const text = '“I share his criticism of the toll,” Ana Ruiz said. Later her claim that the port was safe drew scorn.';
    const cues = analyze({ id: 'd', text }).quotes.map((q) => q.cue?.text);
    expect(cues).not.toContain('criticism of');
  });
});
