// The records attrib promises its users (the public contract). The shapes that pass between
// analysis stages live in analysis/stage-types.ts and are re-exported here. Offsets are UTF-16
// code units into the decoded document text, end-exclusive: text.slice(start, end) === span.text.

/** A stretch of the document: `docText.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One article, as read from a file, a JSONL line or stdin (BOM removed, line endings kept). */
export interface Document {
  id: string;
  text: string;
  /** Other fields of a JSONL record, kept as they were. */
  meta?: Record<string, unknown>;
}

export type QuoteType = 'direct' | 'partial' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';
export type SourceKind = SpeakerKind | 'unattributed' | 'publication';

export interface Quote {
  doc: string;
  type: QuoteType;
  /** direct: the words inside the marks; partial and indirect: the whole reported content. */
  text: string;
  start: number;
  end: number;
  /** The verbatim fragments (inside quotation marks) of the content. */
  quoted: Span[];
  /** Canonical name: the fullest name the document gives the entity. */
  speaker: string | null;
  speakerKind: SpeakerKind;
  /** The words nearest the quote that name the speaker ("she", "the minister"). */
  speakerMention: Span | null;
  role: string | null;
  cue: Span | null;
  /** Which rule found the quote, and which rule chose its speaker (for --explain). */
  rule: string;
  speakerRule: string | null;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'date' | 'year' | 'ordinal' | 'other';
export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'up' | 'down';

export interface Figure {
  doc: string;
  text: string;
  start: number;
  end: number;
  /** A finite number, or null when there is none (never NaN or Infinity). */
  value: number | null;
  low?: number;
  high?: number;
  kind: FigureKind;
  unit: string | null;
  qualifier: Qualifier;
  /** What is counted or measured ("dairy farmers"). */
  subject: string | null;
  source: string | null;
  sourceKind: SourceKind;
  sourceMention: Span | null;
  /** Words that distance the writer from the figure ("reportedly", "it is believed"). */
  hedge: string | null;
  rule: string;
}

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  roles: string[];
  aliases: string[];
  quotes: number;
  figures: number;
  docs: string[];
}

/** Everything attrib finds in one document. */
export interface Analysis {
  doc: Document;
  quotes: Quote[];
  figures: Figure[];
  speakers: Speaker[];
}

export type {
  Paragraph, Sentence, QuoteSpan, Cue, NounConstruction, MentionKind, Mention, Entity,
} from './analysis/stage-types.js';
