// What the rules know around one cue: its sentence, the other cues there, and small scanners around
// it (a relative clause on the subject, a comma aside); where its content ends is content-end.ts.
import type { Resolved } from '../state.js';
import type { Cue, Sentence } from '../../types.js';
import { CLOSERS, isClosingMark, isSpace, wordCount, type SpeechSpans } from './text-utils.js';

export const MAX_TAIL_WORDS = 7; // "said in an interview with local radio on Sunday."

export interface Ctx {
  s: Resolved;
  speech: SpeechSpans;
  sentence: Sentence;
  index: number;
  cues: Cue[]; // the cues of this sentence
}

/** The char before `at`, white space skipped, and its offset. */
export function charBefore(text: string, from: number, at: number): { c: string; at: number } {
  let i = at;
  while (i > from && isSpace(text[i - 1])) i--;
  return { c: text[i - 1] ?? '', at: i - 1 };
}

// A reported clause longer than this is not one (and a megabyte sentence must stay linear).
export const MAX_CONTENT = 1500;

// "who" or "that" opening a restrictive relative right before a cue (auxiliaries and adverbs between),
// with a short subject before it and no comma: "The cook who wants ...", "Voters that backed ..."
const RESTRICTIVE_LEAD = /^((?:[\p{L}\p{N}.’'&-]+\s+){1,8}?)(?:who|that)\s+(?:(?:has|have|had|will|would|also|long|still|now|once|never|not|did|does|do|is|are|was|were|\p{Ll}+ly)\s+){0,3}$/u;

/**
 * Where the relative pronoun starts when a cue sits in a restrictive relative on the sentence's subject
 * ("The cook who wants to open a cafe said ..."), else -1: its content ends at the main verb, whose
 * subject is the noun before the pronoun.
 */
export function subjectRelative(text: string, sentenceStart: number, cue: Cue): number {
  if (cue.start - sentenceStart > 120) return -1;
  // (the pronoun, looked for first: most leads hold none, and the test spares them the pattern's backtracking)
  const before = text.slice(sentenceStart, cue.start);
  if (!before.includes('who') && !before.includes('that')) return -1;
  const lead = RESTRICTIVE_LEAD.exec(before);
  return lead === null || /\b(?:that|who|which)\s/i.test(lead[1] ?? '') ? -1 : sentenceStart + (lead[1] ?? '').length;
}

/**
 * "The delay, he added, suggests ...": `aside` is the cue of a short comma aside ("he added") and `next`,
 * right after its comma, a verb of the content around the aside, not a second attribution. (An aside opening with a
 * relative pronoun and its own subject describes the noun before it, "The report, which the council published, says ...":
 * the verb after it is the sentence's own, with that noun its subject.)
 */
export function verbAfterAside(text: string, sentenceStart: number, aside: Cue, next: Cue): boolean {
  return /^\s*,\s*$/.test(text.slice(aside.end, next.start)) && !next.text.endsWith('ing')
    && /,\s*(?!(?:which|whom|who)\s+(?:the|an?|his|her|its|their|our|\p{Lu}))(?:[\p{L}.’'-]+\s+){1,3}$/u.test(text.slice(Math.max(sentenceStart, aside.start - 40), aside.start));
}

/** A closing mark (or two: '') right after its own punctuation: “...,” / ''...?'' */
export function closesWithPunctuation(text: string, c: string, at: number): boolean {
  if (!isClosingMark(text, c, at)) return false;
  const before = CLOSERS.includes(text[at - 1] ?? '') ? text[at - 2] : text[at - 1];
  return /[,?!.…—–-]/.test(before ?? '');
}

export function tailWords(text: string, from: number, to: number): number {
  return wordCount(text.slice(from, Math.min(to, from + 200)));
}
