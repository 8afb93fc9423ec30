// Step 6, a count after a noun of a whole and its "of" ("The population of 8.9 million is growing", "a crowd of
// 40,000 watched"): the count is the whole's size, and the word after it is the clause's verb, not what it counts.
import { WHOLE_NOUNS } from '../../lexicon/subject-words.js';
import { pluralHead } from './subject-stops.js';

const WHOLE_OF = /(?<![\p{L}])(\p{L}+)[ \t]+of[ \t]+$/u;

/** The whole named before the count at `start`, unless the word after it (`next`) is a plural noun, which names what
 *  is counted ("a crowd of 40,000 fans", "a fleet of 12 buses"). */
export function wholeBefore(text: string, start: number, next: string | undefined): string | null {
  const m = WHOLE_OF.exec(text.slice(Math.max(0, start - 20), start));
  if (!m || !m[1] || !WHOLE_NOUNS.has(m[1].toLowerCase())) return null;
  return next !== undefined && pluralHead(next.replace(/[.’']+$/, '')) ? null : m[1];
}
