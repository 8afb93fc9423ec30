import type { Marked, Segmented } from '../state.js';

// STUB: to be written.
export function findQuoteMarks(s: Segmented): Marked {
  return { ...s, quoteSpans: [] };
}
