// Whether a capitalised first word of a sentence is just a word ("The", "Speaking", "Officials") or opens a name
// ("De la Cruz", "Foreign Minister Jane Roe"): the capital tells nothing there, so the lexicon and the shape decide.
import type { Token } from './tokens.js';
import { adjacent } from './tokens.js';
import { GROUP_QUANTIFIERS } from '../../lexicon/groups.js';
import { ADJECTIVE_SHAPE } from './description-words.js';
import { NAME_PARTICLES, PRESS_EPITHETS } from '../../lexicon/names.js';
import { ROLE_DOMAINS, ROLE_TIME_WORDS } from '../../lexicon/titles.js';
import { GROUP_PROPER_NOUNS } from '../../lexicon/organisations.js';
import { SENTENCE_ADVERBS } from '../../lexicon/sentence-adverbs.js';
import {
  firstNameGender, isAdjectiveOrNoun, isCommonWord, isDemonym, isDocumentHead, isFunctionWord, isGroupNoun, isKnownWord,
  isOrganizationHead, isOrganizationWord, isPersonNoun, isPlace, isPluralNoun, isPureNoun, isTitleHead, isVerbForm,
} from './words.js';
import { EVIDENCE_NOUNS } from '../../lexicon/cue-contexts.js';
import { nameLike } from './name-shape.js';
import { orgWordAhead } from './run-joins.js';
import { titleCasePossessive } from './pronouns.js';

// particles that open a surname at the start of a sentence; "Do", "E", "Y" open questions and phrases far more often
const SENTENCE_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES].filter((p) => !['do', 'e', 'y', 'af', 'av', 'zu', 'ten', 'den', 'das', 'dos'].includes(p)));

// How many capitalised words after the first a descriptive name may hold before its organisation word.
const DESCRIPTIVE_REACH = 3;

/**
 * "Clear Water Trust said", "Safe Streets Alliance", "Open Door Society": an ordinary adjective or noun that opens
 * a name made of ordinary words up to an organisation word is the name's first word. Not "Embattled Acme Corp"
 * (a word no lexicon knows is the name's own, the adjective before it only describes it), not a quantifier or
 * function word ("Many Water Board staff"), not a verb between ("Strong Dollar Hurts Trade Council").
 */
function opensDescriptiveName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isAdjectiveOrNoun(t.lower) || isFunctionWord(t.lower) || GROUP_QUANTIFIERS.has(t.lower)) return false;
  for (let k = i + 1; k <= i + DESCRIPTIVE_REACH; k++) {
    const w = tokens[k];
    if (w === undefined || !w.cap || w.allCaps || !adjacent(text, tokens[k - 1]!, w)) return false;
    if (isOrganizationWord(w.lower)) return true;
    if (tokens[k - 1]!.possessive || !isCommonWord(w.lower) || isVerbForm(w.lower)) return false;
  }
  return false;
}

/**
 * "Bo Lindqvist said", "Rose Okafor", "Hope Adeyemi": a given name that is also a plain noun ("bo", "rose", "hope"), before
 * a capitalised word that is no common word, place or organisation word (a surname) and then no capitalised word, opens
 * the name. Not a person noun or a body's kind before a name ("Striker Ola Brenn", "Insurer Halvex": a description),
 * not a verb or an adverb ("Will", "Later"), not before a common word or a place ("Storm Warning Issued", "Rose Garden").
 */
function givenNameNoun(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  const after = tokens[i + 2];
  return isPureNoun(t.lower) && !isPersonNoun(t.lower) && !isOrganizationHead(t.lower) && next.cap && !next.allCaps && next.word
    && !next.dotted && adjacent(text, t, next) && !isCommonWord(next.lower) && !isPlace(next.lower) && !isOrganizationWord(next.lower)
    && !(after?.cap ?? false);
}

/**
 * "Insurer Halvex said", "Retailer Brimco", "Striker Ola Brenn": a body's kind or a person noun before a name, with
 * its article dropped as news writes it, describes the name and is no word of it (as "Charity Oxtrell" is, by the
 * lexicon). Not a word that also names bodies ("Union", "Bank"), not before a name running on to an organisation
 * word ("Paper Mill Workers Union"), not a title ("Mayor", handled as one).
 */
function kindBeforeName(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const kind = (isOrganizationHead(t.lower) && !isOrganizationWord(t.lower)) || isPersonNoun(t.lower);
  return kind && adjacent(text, t, tokens[i + 1]!) && nameLike(tokens[i + 1]!) && !orgWordAhead(text, tokens, i + 1);
}

/** A capitalised first word (token i) of a sentence that is just a word ("The", "Speaking", "Officials"). */
export function ordinarySentenceStart(text: string, tokens: Token[], i: number, lowerSeen: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!t.sentenceStart || t.allCaps || t.dotted) return false;
  // "Afterward she told reporters", "Elsewhere, the board said": an adverb compromise does not list
  if (SENTENCE_ADVERBS.has(t.lower)) return true;
  if (isTitleHead(t.lower) || firstNameGender(t.lower) !== undefined || isPlace(t.lower) || isDemonym(t.lower)) return false;
  // "Dozens of nurses said", "Hundreds more marched": a quantifier before a lower-case word counts the people after it
  if (next && !next.cap && GROUP_QUANTIFIERS.has(t.lower)) return true;
  if (next && givenNameNoun(text, tokens, i)) return false;
  // "De la Cruz said", "Van der Berg said": a name particle opening a name (not "Do voters ...", "Van drivers")
  if (next && SENTENCE_PARTICLES.has(t.lower) && (next.cap || (NAME_PARTICLES.has(next.lower) && !next.cap))) return false;
  // "Local schools want", "Regional officials said": a word shaped like an adjective before a lower-case plural of
  // people or bodies modifies it (some such adjectives are missing from the lexicon)
  if (next && !next.cap && next.word && ADJECTIVE_SHAPE.test(t.lower) && (isGroupNoun(next.lower) || isPluralNoun(next.lower))) return true;
  // "Internal emails show", "Regional hospitals warned", "Satellite images show": a word the lexicon does not know,
  // before a lower-case noun for a body, a document or a record, modifies it (before a person noun or a named body it
  // joins the description as a name would: "Rangers boss Ola Brenn", "Consumer advocate Ana Roe", "Consumer group Tapwatch")
  if (next && !next.cap && next.word && !isKnownWord(t.lower) && (isOrganizationHead(next.lower) || EVIDENCE_NOUNS.has(next.lower)) && !after?.cap) return true;
  // "Republicans said": a political camp, found as a group
  if (GROUP_PROPER_NOUNS.has(t.lower)) return false;
  // "Police Chief Ada Roe", "Staff Sgt Ivo Lund": a collective noun (no plural "-s") before a title opens the title as
  // it does inside a sentence, where "police" is a word of the run
  if (next && next.cap && isTitleHead(next.lower) && !/[^s]s$/.test(t.lower) && isGroupNoun(t.lower) && !GROUP_QUANTIFIERS.has(t.lower)) return false;
  // "Strategists said", "Voters are": plural person nouns are groups, not surnames
  if (isGroupNoun(t.lower)) return true;
  if (next && isPlace(`${t.lower} ${next.lower}`)) return false;
  // "Foreign Minister Jane Roe" at the start of a sentence: the domain word opens a title
  if (next && next.cap && ROLE_DOMAINS.has(t.lower) && isTitleHead(next.lower)) return false;
  // "Former Gov. Jane Roe", "Acting Director John Doe"
  if (next && next.cap && ROLE_TIME_WORDS.has(t.lower)) return false;
  // a role word alone ("Defense said"), no title following
  if (ROLE_DOMAINS.has(t.lower) && !next?.cap) return true;
  // documents that speak for their authors ("Data from the bureau show", "Records show"): nouns, not surnames
  if (isDocumentHead(t.lower)) return true;
  // adverbs and contractions no lexicon lists ("Obviously", "Don't")
  if (/ly$/.test(t.lower) || /n't$/.test(t.lower)) return true;
  if (next?.cap && opensDescriptiveName(text, tokens, i)) return false;
  // "Save Our Pool said", "Keep Your Library Open": a capitalised possessive between capitalised words is a campaign's
  // name in title case, and the verb before it is the name's first word (mentions/pronouns.ts leaves the possessive)
  if (next !== undefined && titleCasePossessive(text, tokens, i + 1)) return false;
  // "Embattled Acme Corp said", "Beleaguered Tarn Mining": a judgement before a name describes it
  if (next?.cap && PRESS_EPITHETS.has(t.lower)) return true;
  if (next?.cap && kindBeforeName(text, tokens, i)) return true;
  return isCommonWord(t.lower) || lowerSeen.has(t.lower);
}
