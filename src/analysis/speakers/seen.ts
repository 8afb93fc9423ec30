// One mention as the look-back searches remember it: which entity, in which sentence, inside a quote or not, and
// its part in the clause. Shared by the pronoun search (antecedent.ts) and the other look-backs (look-back.ts).
import type { Gender } from '../../lexicon/pronouns.js';
import type { Context } from './context.js';
import type { CuePositions } from './cue-positions.js';
import type { Registry } from './registry.js';

export interface Seen {
  entity: number;
  sentence: number;
  quoted: boolean;
  subject: boolean;
  /** The subject of a cue it speaks through: before it ("Roe said"), or after it at a clause's end ("said Roe."), not
   *  the content's subject ("said Roe was right"). */
  spoke: boolean;
  /** After a preposition ("in Norland", "with Acme"): no subject of its clause. */
  oblique: boolean;
  /** After a cue in its sentence, not its subject ("owners said they would take it to the High Court"): in reported words. */
  reported: boolean;
  /** A description with an indefinite article ("a fund", "an inquiry"): something new the writer brings in. */
  indefinite: boolean;
}

// Mentions looked back over: bounded, so each look-back stays constant-time and the pass linear.
export const LOOK_BACK = 80;

/** A person only described, whom the resolver could tie to no one ("The minister denied it."), as the subject of a cue. */
export interface Unnamed {
  sentence: number;
  gender: Gender;
  /** its head noun ("minister") */
  head: string;
}

/** What the look-backs read: the mentions so far, in text order, and the document around them. */
export interface Memory {
  readonly seen: readonly Seen[];
  /** the unnamed speakers so far, in text order (outside quotes) */
  readonly unnamed: readonly Unnamed[];
  readonly text: string;
  readonly reg: Registry;
  readonly ctx: Context;
  readonly cues: CuePositions;
}
