// "Analysts said turnout of 64 percent, the highest in years, suggested a shift": the reported clause's subject with
// an appositive between commas, then that clause's own verb. The comma before the verb closes the appositive; it
// opens no second report, so the content goes on past the later cue (content-end.ts), and that cue is nested in it.
import type { Cue } from '../../types.js';
import { finiteVerbStarts } from './finite-verbs.js';

// the subject, its appositive, each between commas, and nothing after the second comma but spaces (a thousands comma
// is no comma: "a crowd of 40,000")
const PART = String.raw`(?:[^,;:“”"()]|(?<=\d),(?=\d))+`;
const SUBJECT_APPOSITIVE = new RegExp(String.raw`^\s*(${PART}),\s+(${PART}),\s*$`, 'u');
// what opens a noun phrase in apposition, or a degree phrase set against a figure ("the highest in years", "well below
// inflation", "up from 12", "a record")
const APPOSITIVE_OPENER = /^(?:the|a|an|its|their|his|her|well|far|up|down|about|nearly|almost|roughly|more|less|just)\s/i;
// a subject that is a clause word, not a noun phrase ("that", "who", "if")
const CLAUSE_WORD_FIRST = /^(?:that|who|which|whom|whose|if|whether|when|while|because|as|and|but)\b/i;

/** Whether `between` (the text from the first cue's end to the later cue `c`) is a subject and its appositive, both
 *  without a finite verb, so that `c`, a finite verb right after the second comma, is the reported clause's own. */
export function appositiveSubjectGoesOn(between: string, c: Cue): boolean {
  if (c.kind !== 'verb' || /ing$/.test(c.text)) return false;
  const m = SUBJECT_APPOSITIVE.exec(between);
  const subject = m?.[1]?.trim() ?? '';
  const appositive = m?.[2]?.trim() ?? '';
  if (m === null || subject.split(/\s+/).length < 2 || CLAUSE_WORD_FIRST.test(subject) || !APPOSITIVE_OPENER.test(appositive)) return false;
  return finiteVerbStarts(` ${subject}`).length === 0 && finiteVerbStarts(` ${appositive}`).length === 0;
}
