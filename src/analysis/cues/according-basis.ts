// "according to" as "in line with" or "depending on", which names no source: "The launch went according to plan",
// "Fees vary according to income", "Pupils are sorted according to age". A verb that sets things by a basis right
// before the phrase, or a bare noun of a plan or a custom right after it (lexicon/according-basis.ts), shows that sense.
// A comma between ("Fees rose, according to the council") keeps the source reading: there the phrase is an aside;
// so do people named after the phrase, whatever verb stands before it (PEOPLE_AFTER: "split according to two aides").
import { BASIS_PARTICIPLES, MANNER_NOUNS, VARIATION_VERBS } from '../../lexicon/according-basis.js';
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import { PERSON_ROLE_PLURALS, PERSON_ROLES } from '../../lexicon/roles.js';
import { alternation } from '../alternation.js';

// a verb of varying, perhaps with an adverb in -ly ("vary widely according to"), or a participle of setting with none
// ("sorted according to"; "deeply divided according to a poll" is a state someone reports), right before the phrase
const BASIS_VERB_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}’'-])(?:(?:${alternation(VARIATION_VERBS)})(?:[ \t]+\p{Ll}+ly)?|(?<!\p{L}ly[ \t]+)(?:${alternation(BASIS_PARTICIPLES)}))[ \t]+$`, 'iu');
// the bare manner noun, then the clause's end or a word that goes on the clause, not the noun ("according to plan
// documents" is a document)
const MANNER_NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:${alternation(MANNER_NOUNS)})(?=\s*(?:[,.;:!?)—–]|$)|[ \t]+(?:and|but|or|so|in|on|at|for|until|since|with|as|when|while|this|last|so far|now|again|too|after|before)\b)`, 'iu');

// people after the phrase are who says, whatever verb comes before ("The cabinet is divided according to three
// ministers"): a person or group noun, after at most three words none of which starts a phrase of its own ("the
// number of voters" is a basis), and the noun ends its phrase or a clause or phrase about it follows ("three ministers
// who sit on it"), so that a possessive or a modifier ("sorted according to the students' marks", "paid according to
// staff grades") stays a basis. The quantifier words of GROUP_NOUNS ("some", "many") name no one alone.
const QUANTIFIER_GROUPS = new Set(['many', 'some', 'several', 'both', 'most', 'others']);
const PEOPLE = [...[...GROUP_NOUNS].filter((w) => !QUANTIFIER_GROUPS.has(w)), ...PERSON_ROLES, ...PERSON_ROLE_PLURALS];
const PEOPLE_AFTER = new RegExp(String.raw`^[ \t]+(?:(?:Mrs?|Ms|Dr|Prof)\.?[ \t]+\p{Lu}|(?:(?!(?:of|by|for|per|and|or|from|with|in|on|at|to)\b)(?:\p{L}+|\d+)[ \t]+){0,3}(?:${alternation(PEOPLE)})(?=\s*(?:[,.;:!?)—–]|$)|[ \t]+(?:who|familiar|close|briefed|with|speaking|quoted|cited)\b))`, 'iu');

/** Whether the "according to" at [start, end) is the basis sense ("went according to plan", "vary according to age"). */
export function basisAccordingTo(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (MANNER_NOUN_AFTER.test(after)) return true;
  return BASIS_VERB_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !PEOPLE_AFTER.test(after);
}
