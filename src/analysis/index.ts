// The analysis pipeline: text in, records out. This file is the one place that declares
// the order of the stages; each stage is a pure function of the state before it.
import type { Analysis, Document } from '../types.js';
import { segment } from './segment/index.js';
import { findQuoteMarks } from './quote-marks/index.js';
import { findCues } from './cues/index.js';
import { findMentions } from './mentions/index.js';
import { resolveSpeakers } from './speakers/index.js';
import { attributeQuotes } from './quotes/index.js';
import { findFigures } from './figures/index.js';
import { sourceFigures } from './sources/index.js';
import { summarizeSpeakers } from './summary/index.js';
import { sharedWidth } from './text-width.js';
import { withOriginalSpans, withPlainLineBreaks } from './line-breaks.js';

// Kept in its own module so the cache can key on it without loading the stages.
export { ANALYSIS_VERSION } from './version.js';

export function analyze(doc: Document): Analysis {
  // 1. paragraphs and sentences, with offsets (the stages read the text in the representation this process
  // compiled its patterns for: text-width.ts; a NEL read as the line break it is: line-breaks.ts; the document
  // returned is the caller's)
  const text = withPlainLineBreaks(doc.text);
  const segmented = segment({ ...doc, text: sharedWidth(text) });
  // 2. quotation marks paired; scare quotes and titles told apart from speech
  const marked = findQuoteMarks(segmented);
  // 3. cues: speech verbs, "according to", colon lead-ins, dash bylines
  const cued = findCues(marked);
  // 4. mentions: names, titles, descriptions, pronouns, organisations, groups
  const mentioned = findMentions(cued);
  // 5. mentions resolved to one canonical entity each
  const resolved = resolveSpeakers(mentioned);
  // 6. quotes: direct, partial and reported speech, each with its cue and speaker
  const attributed = attributeQuotes(resolved);
  // 7. figures: values, kinds, qualifiers, units, subjects
  const counted = findFigures(attributed);
  // 8. figures tied to whoever vouches for them, hedges recorded
  const sourced = sourceFigures(counted);
  // 9. one speaker record per entity that says or vouches for something
  const summarized = summarizeSpeakers(sourced);
  const analysis = { doc, quotes: summarized.quotes, figures: summarized.figures, speakers: summarized.speakers };
  // 10. spans carry the caller's characters where the stages read a NEL as a line feed
  return text === doc.text ? analysis : withOriginalSpans(analysis, doc.text);
}
