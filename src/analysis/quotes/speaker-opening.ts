// The subject of a sentence's main clause after an opening adverbial or participle clause ("After saying ..., the
// man", "In a letter naming the winner, the union called ..."), and the dateline a sentence's subject search skips.
// Split from subjects.ts (sentenceSubject reads both).
import type { Ctx } from './cue-context.js';
import { fromMention, mentionsIn, type SpeakerFields } from './speaker-fields.js';

// a dateline ("TARNBY, Ohio (Wire) — ") names the place and the agency, not the subject
export const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}(?:,[\p{L} .]{1,20})?\s*(?:\([^()\n]{1,24}\)\s*)?(?:—|–|--?)\s*/u;

// a sentence that opens with an adverbial or participle clause ("After saying ..., the man", "Responding
// to ..., Ann Lee", "Worried that ..., the council")
const OPENING_CLAUSE = /^\s*(?:(?:after|before|while|when|since|upon|by|in|on|without|despite|instead\s+of)\s+)?\p{L}+(?:ing|ed)\b/iu;

/** The subject of the main clause after an opening clause that holds the cue: the mention right after its comma. */
export function openingClauseSubject(ctx: Ctx, at: number, prepositional = false): SpeakerFields | null {
  const text = ctx.s.doc.text;
  if (!prepositional && !OPENING_CLAUSE.test(text.slice(ctx.sentence.start, Math.min(at + 40, ctx.sentence.start + 60)))) return null;
  if (text.slice(ctx.sentence.start, at).includes(',')) return null;
  const hi = Math.min(ctx.sentence.end, at + 400);
  const comma = text.indexOf(',', at);
  if (comma < 0 || comma >= hi) return null;
  const m = mentionsIn(ctx.s, comma, Math.min(hi, comma + 120))[0];
  // (a name's article stays outside its mention: "..., the Tarnby Nurses Union thanked")
  return m !== undefined && /^[\s,]*(?:the\s+)?$/i.test(text.slice(comma, m.start)) && ctx.speech.containing(m.start) === undefined
    ? fromMention(ctx.s, m, 'opening-clause-subject') : null;
}
