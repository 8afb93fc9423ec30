// The shapes that pass between analysis stages (internal; the public records are in ../types.ts).
// Each stage adds fields and never removes any; analysis/state.ts says which stage adds which.
import type { Span, SpeakerKind } from '../types.js';

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
  /** kind 'noun' only: the construction the cue stage read, so the quote stage need not work it out again. */
  construction?: NounConstruction;
  /** construction 'received' only: where the verb of receiving starts ("came under fierce criticism"), so the
   *  quote stage need not look for it again. */
  verbStart?: number;
}

/** How the cue stage read a noun cue (cues/nouns.ts, cues/nominal*.ts). */
export type NounConstruction =
  | 'possessed-clause' // "Ann Lee's claim that ...", "her pledge to ...", "news that ...": content is the clause after it
  | 'alleged' // "allegations of bribery": no possessor needed; content is the object
  | 'possessed-object' // "his critique of the plan": content is the object, source the possessor
  | 'verb-object' // "has toned down her attacks on", "made a plea for": source is the verb's subject
  | 'received' // "faced criticism from X for Y": content is the reason or target, source the giver
  | 'backing' // "won the endorsement of the union": content is the one backed, source the backer
  | 'question' // "The question now is whether ...": content is the wh-clause after the copula, source the possessor if any
  | 'own-account' // "by her own account, ...", "..., by Ivo Berg's own count": content is the clause beside it, source the possessor
  | 'agent-participle'; // "a plan backed by the unions": a stance participle read as a noun cue; content the noun before, source the agent

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
