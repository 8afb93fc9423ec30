// Words inside speech quotes are the speaker's words, never the writer's cues (Citron's rule).
// A walker over the sorted outermost speech spans answers "is this offset inside a quote?" for
// increasing offsets in O(1) amortised. One walker may serve several passes over the text, so an
// offset before the last one steps the walker back (to the first span that closes after it).
import type { QuoteSpan } from '../../types.js';

export function insideQuotes(spans: QuoteSpan[]): (at: number) => boolean {
  const outer = spans.filter((q) => q.depth === 0 && q.role === 'speech');
  let i = 0;
  return (at: number): boolean => {
    while (i > 0 && (outer[i - 1]?.close ?? 0) > at) i--;
    while (i < outer.length && (outer[i]?.close ?? 0) <= at) i++;
    const q = outer[i];
    return q !== undefined && at >= q.open && at < q.close;
  };
}
