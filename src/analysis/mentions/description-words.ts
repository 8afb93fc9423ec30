// The words of a description: which nouns can head one (a person, a group, an organisation), which words may
// modify a head, and which of them make up the role ("chief economist" in "the Ruritanian chief economist").
import type { Token } from './tokens.js';
import { formerPrefixed } from './name-shape.js';
import { ROLE_DOMAINS, ROLE_TIME_WORDS } from '../../lexicon/titles.js';
import { GROUP_PROPER_NOUNS } from '../../lexicon/organisations.js';
import { PLURALS_NOT_BODIES } from '../../lexicon/body-kinds.js';
import { GROUP_QUANTIFIERS } from '../../lexicon/groups.js';
import { IRREGULAR_PAST_SET, UNINFLECTED_PASTS } from '../../lexicon/past-forms.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import {
  isAdjective, isAdjectiveOrNoun, isClosedClassWord, isDocumentHead, isFunctionWord, isGroupNoun, isKnownWord, isOrganizationHead, isPersonNoun, isPureNoun,
  isVerbForm,
} from './words.js';

export type HeadKind = 'person' | 'group' | 'organization';

// The words that open a description, left of its head or of a complement's ("one" as in "one nurse, who asked
// not to be named, said": someone new, like "a nurse")
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'these', 'those', 'another', 'each', 'every', 'neither', 'either', 'any', ...GROUP_QUANTIFIERS]);

/** Two tokens with only blanks (at most two) between: one phrase. */
export type Near = (a: Token, b: Token) => boolean;

const headKinds = new Map<string, HeadKind | null>();

export function headKind(lower: string): HeadKind | undefined {
  let k = headKinds.get(lower);
  if (k === undefined) {
    k = isPersonNoun(lower) ? 'person'
      : isGroupNoun(lower) || GROUP_PROPER_NOUNS.has(lower) ? 'group'
      : isOrganizationHead(lower) ? 'organization'
      // plural organisations ("the companies", "the agencies") speak as a group (not "the funds": money, body-kinds.ts)
      : !PLURALS_NOT_BODIES.has(lower) && (isOrganizationHead(lower.replace(/ies$/, 'y')) || (lower.endsWith('s') && isOrganizationHead(lower.slice(0, -1)))) ? 'group'
      : null;
    if (headKinds.size > 100_000) headKinds.clear();
    headKinds.set(lower, k);
  }
  return k ?? undefined;
}

// the endings of plural nouns for people by what they do ("bidders", "lobbyists", "respondents", "retirees")
const AGENT_PLURAL = /(?:er|or|ist|ian|ant|ent|ee)s$/;
/** A lower-case plural for people that no lexicon knows ("bidders", "commuters"), not a document ("statements"): right
 *  before a verb cue it is that cue's subject, a group the lexicon lacks (findDescriptions). */
export function unknownPlural(t: Token, before: Token | undefined): boolean {
  const { lower } = t;
  // (after another plural it heads an object-gap relative's subject, "the myths swindlers tell": no phrase of its own)
  if (before !== undefined && before.word && !before.cap && /[^su]s$/.test(before.lower) && !isFunctionWord(before.lower)) return false;
  return t.word && !t.cap && !t.possessive && lower.length >= 5 && AGENT_PLURAL.test(lower) && !/ments$/.test(lower) && !isKnownWord(lower) && !isVerbForm(lower)
    && !isDocumentHead(lower) && !isDocumentHead(lower.slice(0, -1));
}

// the endings of adjectives the lexicon may miss ("Local", "Regional" opening a sentence)
export const ADJECTIVE_SHAPE = /(?:al|ic|ous|ive|ful|ary|ish|less|able|ible)$/;

/** Words that join a description ("top", "foreign", "environmental"): adjectives and nouns, not verbs or function words. */
export function modifier(t: Token): boolean {
  // (a capitalised word only opening a sentence, or with a former role's prefix: "Ex-Navy chief", name-shape.ts)
  if (!t.word || (t.cap && !(t.sentenceStart && (isAdjectiveOrNoun(t.lower) || ADJECTIVE_SHAPE.test(t.lower))) && !formerPrefixed(t))) return false;
  if (ROLE_DOMAINS.has(t.lower) || headKind(t.lower) || /^\p{Ll}+(?:-\p{Ll}+)+$/u.test(t.lower)) return true;
  if (isFunctionWord(t.lower)) return false;
  return !isKnownWord(t.lower) || isAdjectiveOrNoun(t.lower);
}

/** A noun (not an adjective, verb or function word) that a head noun before it would modify. */
export function nounLike(t: Token): boolean {
  if (t.lower.includes('-')) return !isFunctionWord(t.lower);
  return isPureNoun(t.lower);
}

// what follows a verb and never a compound noun: a particle ("set up", "hit back"), a determiner or possessive ("cut its
// forecast", "split the vote"), a number or an amount ("bid 40 million", "bid $2 billion")
const VERB_FOLLOWER = /^(?:up|out|off|back|down|aside|apart|away|a|an|the|its|his|her|their|our|this|these|those|\d.*|[$€£¥].*)$/;

/** Whether the token at k, right after a head noun, is the past of a verb spelt like a noun ("The council set up a
 *  fund", "The firm cut its forecast"), by the word after it; then the head ends the description, it modifies no noun
 *  (not "the union bid for the port", "the party split over tariffs"). */
export function pastVerbAfterHead(tokens: Token[], k: number, near: Near): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  return t !== undefined && after !== undefined && UNINFLECTED_PASTS.has(t.lower) && near(t, after) && !after.cap && VERB_FOLLOWER.test(after.lower);
}

/** Whether the head noun at i modifies a compound that a second head closes, across one lower-case word no lexicon
 *  takes for a noun: "the county land office", "the state parole board", "the city housing authority". That word is no
 *  verb of the head's clause: a singular subject's finite verb ends in "-s" or is a past ("The union backs board
 *  members", "The county set board rules", "The union won board seats", "The city hired agency staff"). */
export function compoundAcross(tokens: Token[], i: number, near: Near): boolean {
  const mid = tokens[i + 1];
  const last = tokens[i + 2];
  if (mid === undefined || last === undefined || !last.word || last.cap) return false;
  return singularHead(tokens[i]!.lower) && near(tokens[i]!, mid) && near(mid, last) && headKind(last.lower) !== undefined && noSingularVerb(tokens, i + 1);
}

/** A singular person noun that is an adjective too ("rival", "official", "senior") right before a lower-case word no
 *  lexicon knows and not shaped like a verb or an adverb ("the rival bakery", "a rival airline"): it modifies that
 *  noun, it heads nothing ("the rival said" keeps its head: "said" is a verb). */
export function adjectiveBeforeNoun(t: Token, next: Token): boolean {
  return headKind(t.lower) === 'person' && singularHead(t.lower) && isAdjective(t.lower) && next.word && !next.cap && !next.possessive
    && !isKnownWord(next.lower) && !/(?:ed|ing|ly|s)$/.test(next.lower);
}

/** A head noun for one person or body ("county", "union", "officer"), not a plural or a group noun ("staff", "police"). */
export const singularHead = (lower: string): boolean => {
  const kind = headKind(lower);
  return (kind === 'organization' || kind === 'person') && !/[^s]s$/.test(lower);
};

/** A lower-case word at k that cannot be the finite verb of a singular subject before it: no "-s" or "-ed" form, no
 *  past spelt otherwise, no closed-class word ("land", "parole", "housing"; not "backs", "set", "won", "will"), and no
 *  participle taking an object (participleWithObject). */
export function noSingularVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.word && !t.cap && !t.possessive && !isClosedClassWord(t.lower) && !/(?:s|ed)$/.test(t.lower) && !UNINFLECTED_PASTS.has(t.lower)
    && !IRREGULAR_PAST_SET.has(t.lower) && !participleWithObject(tokens, k);
}

/** An "-ing" word at k that describes the head before it and takes an object, no middle of a compound: one that works as
 *  a preposition ("the union representing council staff", lexicon/prepositions.ts), or one before plural people ("the
 *  union backing nurses", "the firm employing welders"); "the city housing authority" and "the state licensing board"
 *  close on a body's head instead. */
function participleWithObject(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (PHRASE_PREPOSITIONS.includes(t.lower)) return true;
  const next = tokens[k + 1];
  if (!t.lower.endsWith('ing') || next === undefined || !/[^s]s$/.test(next.lower)) return false;
  const kind = headKind(next.lower);
  return (kind === 'person' || kind === 'group') && headKind(next.lower.slice(0, -1)) !== 'organization';
}

/** The role words of a description: the head and the role-like modifiers right before it ("chief economist"). */
export function roleWords(tokens: Token[], from: number, head: number): string {
  const words = [tokens[head]!.lower];
  for (let k = head - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.cap || t.possessive) break;
    // "former", "acting": part of the truth about the role, and the role's first word
    if (ROLE_TIME_WORDS.has(t.lower)) { words.unshift(t.lower); break; }
    if (!(ROLE_DOMAINS.has(t.lower) || headKind(t.lower) || /(?:al|ic|ary|ive|ial)$/.test(t.lower))) break;
    words.unshift(t.lower);
  }
  return words.join(' ');
}
