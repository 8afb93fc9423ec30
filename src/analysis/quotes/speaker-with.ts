// "..., with roughly six in 10 growers saying ...", "with Fox Radio and Velm News calling it ...": an absolute clause
// whose subject is the phrase between "with" and its -ing cue. That phrase speaks, not the sentence's subject; read
// when the rules found no subject right before the cue ("with roughly six in 10 saying" has no noun to stop at).
import type { Cue } from '../../types.js';
import type { Ctx } from './cue-context.js';
import { speakerIn, type SpeakerFields } from './speaker.js';
import { alternation } from '../alternation.js';
import { GERUND_OBJECT_PREPOSITIONS } from '../../lexicon/prepositions.js';

// "with" and one to eight words right before the cue, no punctuation between
const WITH_PHRASE = /\bwith\s+((?:[^\s,;:.!?“”"()]+\s+){1,8})$/i;
// a preposition right before the cue makes it a gerund object ("with a reel of her jokes about wanting ..."), no clause
const GERUND_OBJECT = new RegExp(String.raw`\b(?:${alternation(GERUND_OBJECT_PREPOSITIONS)})\s+$`, 'i');

/** The speaker of an -ing cue that ends a "with" phrase, or null when no such phrase stands right before it. */
export function withSubject(ctx: Ctx, cue: Cue): SpeakerFields | null {
  if (!/ing$/i.test(cue.text)) return null;
  const from = Math.max(ctx.sentence.start, cue.start - 80);
  const m = WITH_PHRASE.exec(ctx.s.doc.text.slice(from, cue.start));
  if (m === null || GERUND_OBJECT.test(m[1]!)) return null;
  const start = from + m.index + m[0].length - m[1]!.length;
  return speakerIn(ctx.s, start, cue.start, 'with-subject');
}
