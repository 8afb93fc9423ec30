// Segmentation: paragraphs (lines), then sentences inside each paragraph, all with offsets into the
// original text. Linear in the text: one pass for lines, one pass per paragraph for sentence ends.
import type { Segmented } from '../state.js';
import type { Document, Sentence } from '../../types.js';
import { findParagraphs } from './paragraphs.js';
import { findSentences } from './sentences.js';
import { leadLabels } from './datelines.js';

export function segment(doc: Document): Segmented {
  // 1. paragraphs: one a line, hard-wrapped lines joined
  const paragraphs = findParagraphs(doc.text);
  // 2. a dateline, timestamp or kicker opening a paragraph ("LONDON (Reuters) - ") is a sentence of its own
  // 3. sentences, never across a paragraph end
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    let from = p.start;
    for (const labelEnd of leadLabels(doc.text, p.start, p.end)) {
      sentences.push({ start: from, end: labelEnd, paragraph: i });
      from = labelEnd;
      while (from < p.end && /\s/.test(doc.text[from] ?? '')) from++;
    }
    for (const s of findSentences(doc.text, from, p.end, i)) sentences.push(s);
  });
  return { doc, paragraphs, sentences };
}
