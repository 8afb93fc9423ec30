// The form of a cue's verb, read off its words: whether it is inflected ("said", "says", "has urged")
// or bare ("tell", "think about"). A bare verb coordinated after an inflected cue cannot share that
// cue's subject ("She says he'd sit them down and tell them ...": "tell" goes with "he'd"), so it
// belongs to the reported clause, not to a second attribution.
import type { Cue } from '../../types.js';

// auxiliaries and adverbs that may open a cue's text before its verb ("has also said", "will say")
const NOT_THE_VERB = /^(?:\p{Ll}+ly|also|then|again|even|only|just|still|not|never|now|once|later|already|has|have|had|is|was|are|were|be|been|being|will|would|could|can|may|might|must|should|shall|do|does|did|['’]s|['’]d|['’]ve|['’]ll)$/u;
// verbs whose past is spelt as their bare form: "put" may be inflected
const SAME_PAST = /^(?:put|read|set|let|cut|hit|cast|forecast|broadcast|bet|quit|spread|bid|shut)$/;

function verbWord(cue: Cue): string | null {
  for (const w of cue.text.toLowerCase().split(/\s+/)) if (w !== '' && !NOT_THE_VERB.test(w)) return w;
  return null;
}

/** "said", "says", "has urged", "is releasing": the verb carries tense or person (a bare "say" does not). */
export function inflectedCue(cue: Cue): boolean {
  const w = verbWord(cue);
  return w !== null && w !== cue.lemma && !/^(?:will|would|could|can|may|might|must|should|shall|to|do|does|did)\s/i.test(cue.text);
}

/** "tell", "also say", "think about": the bare verb, as after a modal or an infinitive's "to". */
export function bareCue(cue: Cue): boolean {
  const w = verbWord(cue);
  return w !== null && w === cue.lemma && !SAME_PAST.test(w);
}
