// The quote stage run on a text with hand-built mentions (what the mentions and speakers stages would
// give), so quote tests check the quote rules alone. Shared by the quotes*.test.ts files.
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';
import { attributeQuotes } from '../../src/analysis/quotes/index.js';
import type { Entity, Mention, MentionKind, Quote } from '../../src/types.js';

/** A hand-built mention: [its words as written, kind, entity index]; found in order in the text. */
export type M = [string, MentionKind, number | null];

export function runQuotes(text: string, ms: M[] = [], entities: Entity[] = []): Quote[] {
  const cued = findCues(findQuoteMarks(segment({ id: 't', text })));
  const mentions: Mention[] = [];
  let from = 0;
  for (const [words, kind, entity] of ms) {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`no "${words}"`);
    mentions.push({ text: words, start, end: start + words.length, kind, entity, role: null, gender: null });
    from = start + words.length;
  }
  return attributeQuotes({ ...cued, mentions, entities }).quotes;
}

/** The texts of the quotes runQuotes finds, in order. */
export const contents = (text: string, ms: M[]): string[] => runQuotes(text, ms).map((q) => q.text);
