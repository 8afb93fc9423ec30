// "told reporters the bridge was safe and she said the repairs would start in May": a bare 'and' or
// 'but', a subject pronoun and a verb of saying or writing open a clause of their own, a second
// attribution, so the first content ends before the conjunction. (With a comma the join is read by
// NEW_CLAUSE_SUBJECT in content-end.ts; without one, only a pronoun marks the new subject for sure: a
// noun after 'and' may be the content's own second subject, "said the mayor and the clerk agreed".)
import type { Cue } from '../../types.js';
import { isSayingLemma } from '../../lexicon/speech-verbs.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// the conjunction, the pronoun, perhaps one adverb ("and she later said"), right before the cue
// (a person's pronoun, lexicon PERSON_SUBJECT_PRONOUNS: not 'it' nor generic 'you', as before)
const CONJUNCTION_PRONOUN = new RegExp(String.raw`\s(?:and|but)\s+(?:${alternation(PERSON_SUBJECT_PRONOUNS)})\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$`, 'u');

/** The offset in `clause` (the text right before cue `c`) where a pronoun's own clause of saying starts, or -1. */
export function pronounClauseStart(clause: string, c: Cue): number {
  // only verbs whose content is a clause said or written ("she hoped to win" may share the first clause: left alone)
  if (!isSayingLemma(c.lemma)) return -1;
  const m = CONJUNCTION_PRONOUN.exec(clause);
  return m === null ? -1 : m.index;
}
