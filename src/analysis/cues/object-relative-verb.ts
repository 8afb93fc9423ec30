// "The tweets the senator posted were deleted", "The plan the mayor backed on Monday has stalled": a relative clause with
// no "that" whose verb is the speech form. Its object is the noun before the clause, and the sentence's own verb (a finite
// auxiliary or "be") follows right after it, so the form reports nothing. Only verbs that take a thing as their object
// (writing, stance, evidence, feeling, intent): a verb of saying or belief may raise a clause's subject there ("the man
// police say was armed", "the firm he believes is to blame"), which is a report.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { alternation } from '../alternation.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// a determiner, up to two modifiers and the head noun, then the clause's subject (a determiner and a noun, a name or a
// pronoun) and perhaps an auxiliary or an adverb, ending right before the form
// (the first determiner may open the sentence: "The", "Some")
const HEAD_THEN_SUBJECT = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]hese|[Tt]hose|[Ss]ome)\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:that|which|who|and|or|but)\b)\p{Ll}{3,}\s+(?:(?:the|a|an|its|his|her|their|our)\s+(?:\p{Ll}+\s+)?\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}|${alternation(SUBJECT_PRONOUNS)})\s+(?:(?:had|has|have|also|once|\p{Ll}+ly)\s+)?$`, 'u');
// the sentence's verb right after the form, perhaps after a short time phrase
const FINITE_NEXT = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|yesterday|earlier))?\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should)\s+\p{Ll}/u;
const CLAUSE_TAKING = new Set(['speech', 'belief']);

/** Whether the form `w` is the verb of an object relative with no "that" before the sentence's own verb. */
export function objectRelativeVerb(text: string, w: SpeechWord): boolean {
  if (CLAUSE_TAKING.has(w.form.group)) return false;
  return FINITE_NEXT.test(text.slice(w.end, w.end + 30)) && HEAD_THEN_SUBJECT.test(text.slice(Math.max(0, w.start - 80), w.start));
}
