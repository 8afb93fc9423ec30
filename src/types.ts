// The records attrib promises its users (the public contract) and the shapes that pass
// between analysis stages. Offsets are UTF-16 code units into the decoded document text,
// end-exclusive: text.slice(start, end) === span.text.

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

// ---------------------------------------------------------------------------
// Shapes between stages (internal). Each stage adds fields and never removes any.

export interface Paragraph {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into `paragraphs`. */
  paragraph: number;
}

/** A pair of quotation marks and what they enclose. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the run when the news convention leaves it open). */
  close: number;
  /** The words inside the marks. */
  inner: Span;
  /** Nesting depth: 0 for an outermost quote. */
  depth: number;
  /** speech: reported words; scare: a term or title in marks that nobody says. */
  role: 'speech' | 'scare';
  /** True when the paragraph ends with this quote still open and the next paragraph's opening mark
   *  continues it (the news convention for quotes that run over paragraphs). */
  continued?: boolean;
}

/** A word that introduces speech: a speech verb, "according to", a colon lead-in, a dash byline. */
export interface Cue extends Span {
  /** Dictionary form ("say" for "said"), or the phrase ("according to"). */
  lemma: string;
  kind: 'verb' | 'according-to' | 'colon' | 'dash' | 'noun';
}

export type MentionKind = 'name' | 'title-name' | 'description' | 'pronoun' | 'organization' | 'group';

/** Words that name (or point to) an entity. */
export interface Mention extends Span {
  kind: MentionKind;
  /** Index into `entities` once resolved, else null. */
  entity: number | null;
  role: string | null;
  /** For pronouns and descriptions: what they can refer to. */
  gender: 'male' | 'female' | 'neuter' | 'plural' | null;
  /** For names and titled names: the name alone ("Jane Roe" in "Foreign Minister Jane Roe"). */
  name?: string;
  /** For descriptions and groups: the head noun, lower case ("minister", "officials"). */
  head?: string;
}

/** One real-world speaker or source, with every mention that names it. */
export interface Entity {
  name: string;
  kind: SpeakerKind;
  roles: string[];
  aliases: string[];
  gender: 'male' | 'female' | 'neuter' | 'plural' | null;
}
