// An -ing form that is also a noun ("warning", "showing", "backing") read as a verb by what follows it: an object, a
// particle after a subordinator, or a bare clause after a comma or an absolute "with". The noun-or-verb tests that read the
// words before a form are noun-or-verb.ts; the verb pass (verb-reading.ts) asks both.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { DETERMINER, SUBJECT_THEN_OBJECT } from './verb-contexts.js';
import { PARTICLES } from './verb-span-words.js';
import { REFERRING_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { withPhraseBefore } from './absolute-with.js';

// ", warning it would fail", ", showing they had won": after a comma an -ing form with a bare clause right after it (a subject
// pronoun and a finite verb or a modal) is a participle reporting that clause; the noun ("a warning", "a showing") has its
// determiner first, and a pronoun after it is its clause's subject only where the noun has a determiner too
const PRONOUN_CLAUSE_NEXT = new RegExp(String.raw`^\s+(?:${alternation(REFERRING_SUBJECT_PRONOUNS)})\s+(?:(?:would|will|could|can|should|may|might|must|had|has|have|was|were|is|are|did|does)\b|\p{Ll}{2,}ed\b)`, 'u');

/**
 * Whether an -ing form is a verb by what follows it: an object ("Norland backing the rebels", "the count ended
 * late, showing the mayor ahead"), or after a subordinator a particle ("while lobbying for a waiver"). The nouns
 * "the backing of", "his lobbying" have a determiner before them and "of" after them instead, and so has "a
 * strong showing the party ...", an adjective between. After a comma, a bare clause right after the form makes it a
 * participle too ("..., warning it would fail": PRONOUN_CLAUSE_NEXT).
 */
export function ingClause(text: string, w: SpeechWord): boolean {
  const { before, before2, word, form } = w;
  if (!/ing$/i.test(word)) return false;
  // (the comma parts the form from the words before it: "the loan, warning they would default" has no determiner of its own)
  if (/,[ \t]+$/.test(text.slice(Math.max(0, w.start - 3), w.start)) && PRONOUN_CLAUSE_NEXT.test(text.slice(w.end, w.end + 24))) return true;
  // (so does an absolute "with" and its noun phrase: "..., with Norland warning it would retaliate", "with the envoy warning
  // of a long dispute"; "with a warning it ..." has the noun's determiner right before it)
  if (withPhraseBefore(text, w.start) && !DETERMINER.test(before)
    && (PRONOUN_CLAUSE_NEXT.test(text.slice(w.end, w.end + 24)) || PARTICLES[form.lemma]?.test(text.slice(w.end, w.end + 12)) === true)) return true;
  return !DETERMINER.test(before2) && (SUBJECT_THEN_OBJECT.test(text.slice(w.end, w.end + 8))
    || (/^(?:while|before|after|by|when|since)$/i.test(before) && (PARTICLES[form.lemma]?.test(text.slice(w.end, w.end + 12)) === true || /^\s+(?:for|up|on|against|\p{Lu})/u.test(text.slice(w.end, w.end + 10)))));
}
