// What may stand after a cue that news puts before its speaker ("..., said Ann Lee."): a name or title
// in capitals, a short description, or a bare group, each of which may say whom it works for.
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import { IRREGULAR_PASTS, UNINFLECTED_PASTS } from '../../lexicon/past-forms.js';
import { alternation } from '../alternation.js';
import { isPersonNoun } from '../mentions/words.js';

/** A name or title of capitalised words and their small joining words ("Sen. Ann Lee of Ohio"). */
export const CAPITALISED_TITLE = /^\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|for|the|and|de|van|von|da|al|bin))*$/u;

// verbs news puts before their speaker ("..., said Ann Lee."): the lemmas of cues that may invert
export const INVERTING_VERB = /^(?:say|add|write|ask|explain|note|continue|recall|insist|argue|reply|respond|conclude|warn|acknowledge|admit|predict)$/;

// whom a description works for ("a spokesman for the port", "a senior official at the Harbour Board",
// "an engineer with the agency", "residents of the town")
const FOR_WHOM = String.raw`(?:\s+(?:for|at|of|in|from|with)(?:\s+(?:the|a|an))?(?:\s+[\p{L}.’'&-]+){1,4})?`;
// an irregular past that is no noun as well ("came", "began"; not "set" or "cut", which may be: "a set designer"):
// "..., said the frost came early" has a clause after the cue, as "the frost arrived early" has
const CLAUSE_PAST = alternation(IRREGULAR_PASTS.filter((past) => !UNINFLECTED_PASTS.has(past)));
// "the spokeswoman", "a senior aide": an article and up to three lower-case words, none a participle or a past
const SHORT_DESCRIPTION = new RegExp(String.raw`^(?:the|a|an|one|another)(?:\s+(?!\p{Ll}+(?:ed|ing)\b|(?:${CLAUSE_PAST})\b)\p{Ll}[\p{L}-]*){1,3}${FOR_WHOM}$`, 'u');
// "officials", "port officials", "residents of the town": a bare plural whose head is a group noun
// (a bare noun of any other kind after "said" is more often its object: "..., said thanks")
const BARE_GROUP = new RegExp(String.raw`^(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)${FOR_WHOM}$`, 'u');

// "the guidebook's author", "the club's new captain": an article, a possessive noun and a person noun as head (a
// head of any other kind is a clause's subject as often: "..., said the ward's roof leaks")
const POSSESSED_PERSON = new RegExp(String.raw`^(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*(?:['’]s|s['’])\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)${FOR_WHOM}$`, 'u');

// "coach", "head teacher": a bare person noun with at most one word before it, the headline style of "..., warns coach"
// (a bare noun of another kind is as often the cue's object: "..., said thanks")
const BARE_PERSON = /^(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)$/u;

/** Whether `after`, the noun phrase right after an inverted cue, can be its speaker. */
export function canBeInvertedSpeaker(after: string): boolean {
  if (CAPITALISED_TITLE.test(after) || SHORT_DESCRIPTION.test(after)) return true;
  const possessed = POSSESSED_PERSON.exec(after);
  if (possessed !== null && isPersonNoun(possessed[1]!)) return true;
  const group = BARE_GROUP.exec(after);
  if (group !== null && GROUP_NOUNS.has(group[1]!)) return true;
  const bare = BARE_PERSON.exec(after);
  return bare !== null && isPersonNoun(bare[1]!);
}
