// A passive of naming or judging with its complement, then its agent: "Raw milk is considered unsafe by health
// officials", "The mayor has been called a liar by rivals". The subject, cue and complement are the agent's view, one
// span as annotated news draws it (the cue inside it), and the agent the speaker (content-after-passive.ts builds the record).
import type { Cue } from '../../types.js';
import { NAMING_OR_JUDGING_VERBS } from '../../lexicon/speech-verbs-stance.js';

// the complement (one to eight words, no clause mark) right after the cue, then "by" (group 1: the complement); not a
// preposition's or particle's phrase ("was called to the stand by", "was seen in the city by": a deed, no view)
const COMPLEMENT_THEN_AGENT = /^(\s+(?!(?:by|to|in|on|at|into|onto|from|back|off|out|up|down|for|with|near|outside|inside|during|after|before)\b)(?:[^\s,;:.!?()]+\s+){0,7}?[^\s,;:.!?()]+)\s+by\s/u;

/** Where the complement of a naming or judging cue ends when "by" and an agent follow it, or null (the caller checks
 *  that the cue is passive and its speaker the agent). */
export function complementBeforeAgent(text: string, cue: Cue, contentEnd: number): number | null {
  if (!NAMING_OR_JUDGING_VERBS.has(cue.lemma)) return null;
  const m = COMPLEMENT_THEN_AGENT.exec(text.slice(cue.end, Math.min(contentEnd, cue.end + 80)));
  return m !== null ? cue.end + (m[1] ?? '').length : null;
}
