// When the one word read after a figure is an adjective that names nothing counted: "90 percent complete", "ten feet
// tall" at the clause's end, or a percentage's degree ("91 percent effective", "80% effective against the virus").
// subject.ts asks this of a phrase of one word; before a verb ("one firm linked to") the word is a noun and stays.
import { ADJECTIVE_ONLY, tagsOf } from './word-tags.js';

// (adjectives of degree the lexicon lacks: "60% renewable")
const DEGREE_ADJECTIVE = /^\p{Ll}+(?:ive|ful|ous|able|ible)$/u;
// the clause's end, or the preposition of what the degree holds for ("90 percent accurate in tests")
const DEGREE_END = /^(?:[.,;:!?)]|.[ \t]*[.,;:!?)]|.[ \t]+(?:in|at|against|for|among|on)(?![\p{L}]))/u;
const CLAUSE_PUNCT = /^(?:[.,;:!?)]|.[ \t]*(?:[.,;:!?)]|$))/u;
// after a figure's "of" an adjective alone is used as a noun: "400 barrels of crude.", "two glasses of red."
const OF_BEFORE = /(?<![\p{L}])of[ \t]+$/u;

function adjectiveOnly(word: string): boolean {
  const tags = tagsOf(word);
  return /^\p{Ll}/u.test(word) && tags.length > 0 && tags.every((t) => ADJECTIVE_ONLY.has(t));
}

/** Whether `word`, read alone and ending at `end` - 1 in `text`, is an adjective naming nothing counted; `degree` when
 * the figure is a percentage used as no modifier. */
export function namesNoSubject(word: string, text: string, end: number, degree: boolean): boolean {
  const at = text.lastIndexOf(word, end - word.length);
  if (at >= 0 && OF_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return false;
  return (adjectiveOnly(word) && CLAUSE_PUNCT.test(text.slice(end - 1, end + 2)))
    || (degree && DEGREE_ADJECTIVE.test(word) && tagsOf(word).length === 0 && DEGREE_END.test(text.slice(end - 1, end + 10)));
}
