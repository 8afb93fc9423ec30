// The aside that follows a source before its content: "According to Ann Lee, who spoke on condition of
// anonymity, CONTENT", "According to Ann Lee, a spokeswoman for the ministry, CONTENT", "According to
// Ann Lee, 54, CONTENT". The aside tells who the source is; the content starts after it. Read off a
// bounded window (at most three asides, each up to its comma within 200 characters), so it stays linear.
import { isPersonNoun } from '../mentions/words.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';

const MAX_ASIDES = 3;
const ASIDE_WINDOW = 200;
// a relative clause about a person, or the anonymity formula as a participle
const RELATIVE = /^\s*(?:who|whose|who['’]s|speaking|requesting|asking)\b/i;
// an age or a party-and-state tag right after a name ("Ann Lee, 54,", "Ann Lee, D-Ore.,")
const AGE_OR_TAG = /^\s*(?:\d{1,3}|[DRI]-[\p{L}.]+)\s*$/u;
// a name alone: capitalised words, nothing else
const NAME_ONLY = /^\s*\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,3}\s*$/u;
// an apposition: a determiner or a possessor, then words up to a preposition; its last word is the head
const APPOSITION = /^\s*(?:a|an|the|his|her|their|its|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:of|for|at|to|with|in|from|on|and)\b.*)?$/u;

function isPersonRole(word: string): boolean {
  const lower = word.toLowerCase();
  return PERSON_ROLES.has(lower) || isPersonNoun(lower);
}

/**
 * Where the content starts after a source: `from` is just past the comma after the source. Skips the
 * asides about the source (a relative clause, an age, an apposition with a person noun at its head; an
 * apposition only when `sourceIsName`: after "police" a description opens the content, "the driver, ...";
 * a bare name only when `sourceIsDescription`: "the regulator, Watchline,").
 */
export function afterSourceAsides(text: string, from: number, end: number, sourceIsName: boolean, sourceIsDescription = false): number {
  let at = from;
  for (let n = 0; n < MAX_ASIDES; n++) {
    const window = text.slice(at, Math.min(end, at + ASIDE_WINDOW));
    const comma = window.indexOf(',');
    if (comma < 0) break;
    const aside = window.slice(0, comma);
    // the content after the aside must have words of its own
    if (!/[\p{L}\p{N}]/u.test(text.slice(at + comma + 1, Math.min(end, at + comma + 40)))) break;
    const head = APPOSITION.exec(aside)?.[1]?.split(/\s+/).pop();
    // (after a description, a name in apposition: "According to the regulator, Watchline, CONTENT")
    const isAside = RELATIVE.test(aside) || (sourceIsName && (AGE_OR_TAG.test(aside) || (head !== undefined && isPersonRole(head))))
      || (sourceIsDescription && n === 0 && NAME_ONLY.test(aside));
    if (!isAside) break;
    at += comma + 1;
  }
  return at;
}
