// Step 6, a count after a noun of a whole and its "of" ("The population of 8.9 million is growing", "a crowd of
// 40,000 watched"): the count is the whole's size, and the word after it is the clause's verb, not what it counts.
import { WHOLE_NOUNS } from '../../lexicon/subject-words.js';
import { isPureNoun, isVerbForm } from '../mentions/word-flags.js';

const WHOLE_OF = /(?<![\p{L}])(\p{L}+)[ \t]+of[ \t]+$/u;
// a past form ("a crowd of 30,000 watched"), and an -s form before a preposition: the verb of the clause ("a
// population of 4,500 depends on"; "relies on", "lives in"); a noun after the count needs no preposition there
const PAST_FORM = /^\p{Ll}{3,}ed$/u;
const S_VERB_THEN_PREPOSITION = /^[ \t]+(?:on|upon|in|to|from|with|for|at)[ \t]/u;

/** The whole named before the count at `start`, when the word after the count (`next`, `after` is the text past
 *  it) is the clause's verb or there is none ("a workforce of 2,100."). Any other word after the count names what
 *  is counted, plural or not ("a crowd of 40,000 fans", "a flock of 300 sheep", "a workforce of 2,100 staff"). */
export function wholeBefore(text: string, start: number, next: string | undefined, after = ''): string | null {
  const m = WHOLE_OF.exec(text.slice(Math.max(0, start - 20), start));
  if (!m || !m[1] || !WHOLE_NOUNS.has(m[1].toLowerCase())) return null;
  if (next === undefined) return m[1];
  const lower = next.replace(/[.’']+$/, '').toLowerCase();
  const verb = (isVerbForm(lower) && !isPureNoun(lower)) || PAST_FORM.test(lower)
    || (/^\p{Ll}{3,}s$/u.test(lower) && S_VERB_THEN_PREPOSITION.test(after));
  return verb ? m[1] : null;
}
