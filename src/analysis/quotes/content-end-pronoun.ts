// "told reporters the bridge was safe and she said the repairs would start in May": a bare 'and' or
// 'but', a subject pronoun and a verb of saying or writing open a clause of their own, a second
// attribution, so the first content ends before the conjunction. (With a comma the join is read by
// NEW_CLAUSE_SUBJECT in content-end.ts; without one, only a pronoun marks the new subject for sure: a
// noun after 'and' may be the content's own second subject, "said the mayor and the clerk agreed".)
import type { Cue } from '../../types.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

// the conjunction, the pronoun, perhaps one adverb ("and she later said"), right before the cue
const CONJUNCTION_PRONOUN = /\s(?:and|but)\s+(?:he|she|they|we|I)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;
// verbs whose content is a clause said or written ("she hoped to win" may share the first clause: left alone)
const SAYING_GROUPS: ReadonlySet<string> = new Set(['speech', 'writing']);

/** The offset in `clause` (the text right before cue `c`) where a pronoun's own clause of saying starts, or -1. */
export function pronounClauseStart(clause: string, c: Cue): number {
  if (!SAYING_GROUPS.has(SPEECH_FORMS.get(c.lemma)?.group ?? '')) return -1;
  const m = CONJUNCTION_PRONOUN.exec(clause);
  return m === null ? -1 : m.index;
}
