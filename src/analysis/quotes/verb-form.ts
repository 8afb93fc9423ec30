// The form of a cue's verb, read off its words: whether it carries tense ("said", "says", "has urged",
// "does not intend") or is bare ("tell", "think about"). A bare verb coordinated after a cue that
// carries tense cannot share that cue's subject ("She says he'd sit them down and tell them ...":
// "tell" goes with "he'd"), so it belongs to the reported clause, not to a second attribution.
import type { Cue } from '../../types.js';
import { IRREGULAR_PAST_SET } from '../../lexicon/past-forms.js';

// adverbs that may stand before a cue's verb ("also said", "later told")
const ADVERB = /^(?:\p{Ll}+ly|also|then|again|even|only|just|still|not|never|now|once|later|already)$/u;
// auxiliaries that carry the tense for the verb after them ("has urged", "does not intend")
const TENSED_AUXILIARY = /^(?:has|have|had|is|was|are|were|do|does|did|['’]s|['’]ve)$/;
// modals leave the verb bare and carry no person ("will say")
const MODAL = /^(?:will|would|could|can|may|might|must|should|shall|to|['’]d|['’]ll)$/;
// verbs whose past is spelt as their bare form: "put" may carry tense
const SAME_PAST = /^(?:put|read|set|let|cut|hit|cast|forecast|broadcast|bet|quit|spread|bid|shut)$/;

/** The cue's words before its verb (adverbs skipped) and the verb. */
function parts(cue: Cue): { aux: string[]; verb: string | null } {
  const aux: string[] = [];
  for (const w of cue.text.toLowerCase().split(/\s+/)) {
    if (w === '' || ADVERB.test(w)) continue;
    if (TENSED_AUXILIARY.test(w) || MODAL.test(w)) { aux.push(w); continue; }
    return { aux, verb: w };
  }
  return { aux, verb: null };
}

/** "said", "says", "has urged", "does not intend": the cue carries tense (a bare "say", "will say" does not). */
export function inflectedCue(cue: Cue): boolean {
  const { aux, verb } = parts(cue);
  if (verb === null || aux.some((w) => MODAL.test(w))) return false;
  return aux.length > 0 || verb !== cue.lemma;
}

/** "tell", "also say", "think about": the bare verb with no auxiliary, as after a modal or an infinitive's "to". */
export function bareCue(cue: Cue): boolean {
  const { aux, verb } = parts(cue);
  return verb !== null && aux.length === 0 && verb === cue.lemma && !SAME_PAST.test(verb);
}

/** The tense a cue carries with no modal: 'past' ("estimated", "also told"), 'present' ("urges"), 'perfect' ("has urged"),
 *  or null (bare, a modal, another auxiliary, a form that may be either). Two cues of one tense joined by "and" can share a subject. */
export function cueTense(cue: Cue): 'past' | 'present' | 'perfect' | null {
  const { aux, verb } = parts(cue);
  if (verb === null || verb === cue.lemma) return null;
  if (aux.length === 1 && /^(?:has|have|['’]ve)$/.test(aux[0] ?? '')) return 'perfect';
  if (aux.length > 0) return null;
  if (/ed$/.test(verb) || IRREGULAR_PAST_SET.has(verb)) return 'past';
  return /s$/.test(verb) ? 'present' : null;
}
