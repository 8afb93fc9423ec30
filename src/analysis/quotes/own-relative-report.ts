// The speaker reporting on in a relative clause: the relative's own report with only a pronoun for its subject belongs to
// the outer content (content-end.ts reads this before cutting at the relative's comma).
import type { Cue } from '../../types.js';
import { RELATIVE_CARRYING_LEMMAS } from '../../lexicon/speech-verbs-saying.js';
import { ASIDE_SAYING } from './content-end-aside.js';

// "Ola Lind said the toll was fair, which she said had cut traffic by a third": a relative clause whose own report has
// only a personal pronoun for its subject, after a report by a verb of saying, is the same speaker saying more about
// what she reported; annotated news keeps it in the one content (a relative with a source of its own, "which critics
// say ...", or after a verb whose object is a thing, "praised the plan, which she said ...", stays a second record; the
// verbs: lexicon/speech-verbs-saying.ts RELATIVE_CARRYING_LEMMAS).
const PRONOUN_ONLY = /^(?:he|she|they)\s+$/;

// (an outer pronoun subject of another person or number is someone else: "She said ..., which he said ...")
const OUTER_PRONOUN = /\b(he|she|they)\s+$/i;

/** Whether `c`, the cue of a relative clause whose words before it are `subject`, is the outer `cue`'s speaker reporting
 *  on (`before`: the words right before the outer cue). */
export function ownRelativeReport(cue: Cue, subject: string, c: Cue, before: string): boolean {
  const outer = OUTER_PRONOUN.exec(before)?.[1]?.toLowerCase();
  if (outer !== undefined && !subject.startsWith(`${outer} `)) return false;
  return cue.kind === 'verb' && RELATIVE_CARRYING_LEMMAS.has(cue.lemma) && PRONOUN_ONLY.test(subject) && ASIDE_SAYING.test(c.text);
}
