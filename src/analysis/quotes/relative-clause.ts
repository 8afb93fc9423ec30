// "Fenn, who for a decade has been described as shy, lost the seat", "a tariff -- which appears fair to
// most -- passed": a relative pronoun as the subject of a passive or raising cue. No one is named as the
// source, and the reported clause is the relative clause itself, pronoun included, up to the comma,
// dash or parenthesis that closes it (annotated news marks it so); the main clause after it is the
// writer's.
import type { Cue } from '../../types.js';

// the pronoun, perhaps a short adverbial ("who for years"), right before the cue (auxiliaries are in the cue)
const RELATIVE_BEFORE = /(?:^|[\s,(—–])(who|which)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
// what closes a relative clause in mid-sentence
const CLOSE = /,\s|\s--?\s|\s?[—–]|\)/;

/** The relative clause a cue heads, or null when no relative pronoun stands right before it. */
export function relativeClause(text: string, sentenceStart: number, cue: Cue, contentEnd: number): { start: number; end: number } | null {
  const lead = text.slice(Math.max(sentenceStart, cue.start - 40), cue.start);
  const m = RELATIVE_BEFORE.exec(lead);
  if (m === null || m[1] === undefined) return null;
  const start = cue.start - lead.length + m.index + m[0].indexOf(m[1]);
  const close = CLOSE.exec(text.slice(cue.end, contentEnd));
  const end = close !== null ? cue.end + close.index : contentEnd;
  return end > cue.end ? { start, end } : null;
}
