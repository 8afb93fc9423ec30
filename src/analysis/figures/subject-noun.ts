// Step 6, the words before a figure's verb (subject-before.ts): the noun phrase they end with, what the figure
// measures ("the jobless rate" of "the jobless rate stood at"). Words are checked against compromise's lexicon as data.
import { EVIDENCE_VERBS_BEFORE_HEAD, SUBJECT_STOP_WORDS as STOP_WORDS } from '../../lexicon/subject-words.js';
import { ADJECTIVE_ONLY, NUMBER_WORDS, tagsOf } from './word-tags.js';

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord', 'Adverb', 'Possessive']);

/** The noun phrase at the end of `words`: after the last determiner or verb, nouns and adjectives only. */
export function nounPhrase(words: string[]): string | null {
  // keep the words after the last determiner, and only nouns and adjectives
  let from = 0;
  // and after the last verb ("the firm delivered margin expansion of", "the report shows revenue of")
  words.forEach((w, i) => { if (DETERMINER.test(w) || (i < words.length - 1 && verbBefore(w))) from = i + 1; });
  const phrase = words.slice(from);
  // the head sits before a verb of level, so it is a noun even when the lexicon also lists a verb ("rate")
  if (phrase.length === 0 || phrase.some((w, i) => STOP_WORDS.has(w.toLowerCase()) || NUMBER_WORDS.has(w.toLowerCase()) || tagsOf(w).some((t) => FUNCTION_TAGS.has(t)) || (i === phrase.length - 1 && tagsOf(w).some((t) => ADJECTIVE_ONLY.has(t))))) return null;
  return phrase.join(' ');
}

/** A verb inside the words before a level: a past or present tense, an unknown -ed, or an -s word before the head. */
function verbBefore(w: string): boolean {
  const tags = tagsOf(w);
  return tags.includes('PastTense') || tags.includes('PresentTense') || (tags.length === 0 && /\p{Ll}ed$/u.test(w)) || /^\p{Ll}+[^siu\W]s$/u.test(w)
    || EVIDENCE_VERBS_BEFORE_HEAD.has(w.toLowerCase());
}
