// Step 3c: a capitalised number word inside a name ("League One club", "Formula One driver", "Air Force One
// landed"): part of the name, an identifier, not a count of one. The ordinal words have their own rule (ordinals.ts).
import type { Candidate } from './candidate.js';
import { tagsOf } from './word-tags.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// the capitalised word right before the number, after one blank
const NAME_WORD_BEFORE = /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}+)[ \t]$/u;
// what follows a name: a lower-case word ("club", "said") or the end of a clause; a capital after it may be a
// headline in title case ("Storm Leaves Two Dead"), which is left a count
const AFTER_NAME = /^(?:[ \t]+\p{Ll}|[ \t]*[,.;:!?)"”’]|[ \t]*$)/u;
// a word of these kinds before the number is no name of a thing ("The One", "Only Two", "Kills Three", "Were Four")
const NOT_NAME_TAGS: ReadonlySet<string> = new Set(['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Possessive',
  'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Verb']);

/** Whether a count written as a word is the number inside a capitalised name. */
export function numberInName(text: string, c: Candidate): boolean {
  if (!CAPITALISED.test(text.slice(c.start, c.end))) return false;
  const name = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1];
  if (name === undefined || tagsOf(name).some((t) => NOT_NAME_TAGS.has(t))) return false;
  return AFTER_NAME.test(text.slice(c.end, c.end + 12));
}
