// Step 3, an age in apposition: "Ana Ruiz, 45, said", and a person named by a noun, "The defendant, 34, was jailed",
// "a woman, 61, was hurt". Obituaries, court and crime reports give ages this way.
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { POSSESSIVE_DETERMINERS } from '../../lexicon/pronouns.js';
import { ANY_AGE_PERSONS, APPOSITION_PERSONS } from '../../lexicon/age-nouns.js';
import { alternation } from '../alternation.js';
import { tagsOf } from './word-tags.js';

// a determiner before the person's noun (both patterns below)
const DETERMINER = alternation(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS]);
const NAME_COMMA = /\p{Lu}[\p{L}.'’-]+,[ \t]$/u;
// a determiner, then the person's noun (an adjective may come between: "the injured driver, 52,")
const NOUN_COMMA = new RegExp(String.raw`(?<![\p{L}])(?:${DETERMINER})[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}+),[ \t]$`, 'iu');
// the age is set off by a comma after it, or ends the sentence
const CLOSED_AFTER = /^(?:,|\.(?:\s|$))/;
// a run of noun-number pairs is a tally, not ages ("Votes were split: the chairman, 12, the treasurer, 9."): another
// pair after the number, or a number before the noun
const PAIR_AFTER = new RegExp(String.raw`^,[ \t]+(?:${DETERMINER})[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}+,[ \t]*\d`, 'iu');
const NUMBER_COMMA = /\d,[ \t]+$/;
// ... and so is a name with a number after it, next to another such pair: "Arsenal, 2, Rovers, 1" is a score line
const NAME_PAIR = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)?,[ \t]*`;
const NAME_PAIR_AFTER = new RegExp(String.raw`^,[ \t]+${NAME_PAIR}\d`, 'u');
const NAME_PAIR_BEFORE = new RegExp(String.raw`\d,[ \t]+${NAME_PAIR}$`, 'u');
// under this an age is read only after a noun that can name a young child or anyone (lexicon/age-nouns.ts): after
// another role a small number is a count or a shirt number ("The referee, 2, ...")
const YOUNGEST_ROLE_AGE = 10;

/** Whether the plain number between `start` and `end` is an age set off after a name or a person's noun. */
export function ageInApposition(text: string, start: number, end: number): boolean {
  if (!CLOSED_AFTER.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (NAME_COMMA.test(before.slice(-24))) return !NAME_PAIR_AFTER.test(text.slice(end, end + 40)) && !NAME_PAIR_BEFORE.test(before);
  const m = NOUN_COMMA.exec(before);
  const noun = m?.[1]?.toLowerCase();
  if (!m || noun === undefined || PAIR_AFTER.test(text.slice(end, end + 40)) || NUMBER_COMMA.test(before.slice(0, m.index))) return false;
  if (Number(text.slice(start, end)) < YOUNGEST_ROLE_AGE && !ANY_AGE_PERSONS.has(noun)) return false;
  return PERSON_ROLES.has(noun) || APPOSITION_PERSONS.has(noun) || tagsOf(noun).includes('Actor');
}
