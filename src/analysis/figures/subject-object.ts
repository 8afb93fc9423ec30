// Step 6, subjectBefore's last try: a figure after "by", "to" or "at" that measures the OBJECT of an agent's verb
// ("The firm cut prices by 5%", "raised the fee to $40", "Analysts put the cost at $2bn"): the noun phrase between
// the verb and the figure, not the agent before the verb.
import { OBJECT_CHANGE_VERBS, OBJECT_LEVEL_VERBS } from '../../lexicon/subject-verbs.js';
import { headBefore } from './subject-noun.js';
import { NOUN_PREPOSITIONS } from '../../lexicon/subject-words.js';

const CHANGE: ReadonlySet<string> = new Set(OBJECT_CHANGE_VERBS);
const LEVEL: ReadonlySet<string> = new Set(OBJECT_LEVEL_VERBS);

/**
 * The object named between an agent's verb and the particle before a figure; `words` are the plain words before the
 * figure, the particle last (punctuation ends them, so the verb is in the same clause).
 */
export function objectSubject(words: string[]): string | null {
  const n = words.length;
  const particle = words[n - 1];
  const verbs = particle === 'by' || particle === 'to' ? CHANGE : particle === 'at' ? LEVEL : null;
  if (!verbs) return null;
  // the nearest verb of the list, with at least one word of object after it
  for (let i = n - 3; i >= 0; i--) {
    // (a preposition right after the verb opens no object: "valued by analysts at $3bn" names the valuer)
    if (verbs.has(words[i]!.toLowerCase())) return NOUN_PREPOSITIONS.has(words[i + 1]!.toLowerCase()) ? null : headBefore(words.slice(i + 1, n - 1), true);
  }
  return null;
}
