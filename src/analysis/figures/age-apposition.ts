// Step 3, an age in apposition: "Ana Ruiz, 45, said", and a person named by a noun, "The defendant, 34, was jailed",
// "a woman, 61, was hurt". Obituaries, court and crime reports give ages this way.
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { tagsOf } from './word-tags.js';

const NAME_COMMA = /\p{Lu}[\p{L}.'’-]+,[ \t]$/u;
// a determiner, then the person's noun (an adjective may come between: "the injured driver, 52,")
const NOUN_COMMA = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS])})[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}+),[ \t]$`, 'iu');
// the age is set off by a comma after it, or ends the sentence
const CLOSED_AFTER = /^(?:,|\.(?:\s|$))/;

/** Whether the plain number between `start` and `end` is an age set off after a name or a person's noun. */
export function ageInApposition(text: string, start: number, end: number): boolean {
  if (!CLOSED_AFTER.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (NAME_COMMA.test(before.slice(-24))) return true;
  const noun = NOUN_COMMA.exec(before)?.[1];
  return noun !== undefined && (PERSON_ROLES.has(noun) || tagsOf(noun).includes('Actor'));
}
