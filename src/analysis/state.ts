// What each stage of the analysis requires and what it adds. A stage takes the state of
// the stage before it and returns it with its own fields added, so the type checker
// enforces the order that `index.ts` declares (spaCy's "requires/assigns", as types).
import type { Document, Figure, Quote, Speaker } from '../types.js';
import type { Cue, Entity, Mention, Paragraph, QuoteSpan, Sentence } from './stage-types.js';
import type { Range } from './quote-marks/markup.js';
import type { SpeechWord } from './quote-marks/speech-words.js';

export interface Segmented {
  doc: Document;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
export interface Marked extends Segmented {
  quoteSpans: QuoteSpan[];
  /** Markup tags left in scraped text (`<tweet ...>`): found once here, skipped by later stages too. */
  markup: Range[];
  /** Every speech-verb form in the text, found once here for the scare test and the cue stage. */
  speechWords: SpeechWord[];
}
export interface Cued extends Marked {
  cues: Cue[];
}
export interface Mentioned extends Cued {
  mentions: Mention[];
}
export interface Resolved extends Mentioned {
  entities: Entity[];
}
export interface Attributed extends Resolved {
  quotes: Quote[];
}
export interface Counted extends Attributed {
  figures: Figure[];
}
export interface Summarized extends Counted {
  speakers: Speaker[];
}
