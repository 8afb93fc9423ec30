// Step 2b, the title's part: the role a title before a name gives the person ("Health Minister Jane Roe" ->
// "health minister", "Former U.S. Sen. Ola Berg" -> "former senator"), from the run's first word to the title's last
// (classify-run.ts finds where the title ends).
import type { Token } from './tokens.js';
import { COMPASS, US_LIKE } from './name-shape.js';
import { HONORIFICS, ROLE_DOMAINS, ROLE_TIME_WORDS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { isCommonWord, isDemonym, isPlace, isTitleHead } from './words.js';

/** Title words become a role: places, demonyms, "the" and courtesy titles are dropped from it (a time word, "former", stays). */
export function titleRole(tokens: Token[], first: number, head: number): string | null {
  const words: string[] = [];
  for (let k = first; k <= head; k++) {
    const w = tokens[k]!.lower;
    if (HONORIFICS.has(w) && !TITLE_ABBREVIATIONS.has(w)) continue;
    if (ROLE_TIME_WORDS.has(w)) { words.push(w); continue; }
    if (w === 'the' || US_LIKE.has(w) || COMPASS.has(w)) continue;
    if (!ROLE_DOMAINS.has(w) && !isTitleHead(w) && w !== 'of' && w !== 'for' && (isPlace(w) || isDemonym(w) || !isCommonWord(w))) continue;
    words.push(TITLE_ABBREVIATIONS.get(w) ?? w);
  }
  while (words[0] === 'of' || words[0] === 'for') words.shift();
  return words.length > 0 ? words.join(' ') : null;
}
