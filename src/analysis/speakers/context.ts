// Where a mention sits: which sentence, and whether inside quotation marks. Pronouns look back by sentence,
// and a name inside someone's quote is not the antecedent of a pronoun outside it.
import type { Mentioned } from '../state.js';
import { firstNotBefore } from '../sorted.js';

// Fallback sentence ends when the segmenter gave a single sentence: end punctuation (and closing marks) before
// an upper-case letter or an opening mark, or a line break. Linear: no nested quantifiers.
const BOUNDARY = /[.!?][”"’)]*\s+(?=[“"‘(]?\p{Lu})|\n/gu;

export interface Context {
  sentenceOf(offset: number): number;
  /** Where the i-th sentence starts. */
  sentenceStart(i: number): number;
  inQuote(offset: number): boolean;
}

function upperBound(sorted: ArrayLike<number>, x: number): number {
  return firstNotBefore(sorted, (v) => v <= x);
}

export function contextOf(s: Mentioned): Context {
  let starts: number[];
  if (s.sentences.length > 1) starts = s.sentences.map((x) => x.start);
  else {
    starts = [0];
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(s.doc.text); m !== null; m = BOUNDARY.exec(s.doc.text)) starts.push(m.index + m[0].length);
  }
  // quote spans may nest; only the outermost ones matter here, and they come sorted by their opening mark
  const opens: number[] = [];
  const closes: number[] = [];
  for (const q of s.quoteSpans) {
    if (q.depth !== 0 || q.role !== 'speech') continue;
    opens.push(q.open);
    closes.push(q.close);
  }
  return {
    sentenceOf: (offset) => upperBound(starts, offset) - 1,
    sentenceStart: (i) => starts[i] ?? 0,
    inQuote: (offset) => {
      const i = upperBound(opens, offset) - 1;
      return i >= 0 && offset < closes[i]!;
    },
  };
}
