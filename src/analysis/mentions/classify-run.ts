// Step 2b: what a capitalised run names. The title is split off (the last title word that leaves a name after
// it), then the name is classed by lexicons and by shape: groups, institutions, countries, places, demonyms,
// organisation words, first names, and capitalised ordinary words.
import type { Token } from './tokens.js';
import type { Gender } from '../../lexicon/pronouns.js';
import type { Run, RunKind } from './runs.js';
import { COMPASS, US_LIKE } from './name-shape.js';
import { DATE_NAMES, FAMILY_NAMES_FIRST, NOT_PERSON_WORDS } from '../../lexicon/names.js';
import { HONORIFICS, ROLE_DOMAINS, ROLE_TIME_WORDS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.js';
import { GENDERED_ROLES } from '../../lexicon/roles.js';
import { titleRole } from './title-role.js';
import { GROUP_PROPER_NOUNS, INSTITUTIONS } from '../../lexicon/organisations.js';
import { COUNTY_PREFIXES, GOVERNED_PLACE_SUFFIXES, NOT_SPEAKER_SUFFIXES, PLACE_PREFIXES, PLACE_SUFFIXES, REGIONS, STATE_ABBREVIATIONS } from '../../lexicon/places.js';
import {
  firstNameGender, isAdjective, isClosedClassWord, isCommonWord, isCountry, isDemonym, isGroupNoun, isKnownName, isKnownOrganization,
  isOrganizationWord, isPersonNoun, isPlace, isPluralNoun, isPureNoun, isTitleHead, isVerbForm,
} from './words.js';

// the endings of nouns for a person by what they do ("sprinter", "novelist", "fisherman")
const AGENT_SHAPE = /^\p{Ll}{3,}(?:er|or|ist|man|woman)$/u;
const unknownName = (t: Token): boolean => !isCommonWord(t.lower) && !isOrganizationWord(t.lower) && !isPlace(t.lower);

export function classify(tokens: Token[], first: number, last: number): Run {
  const possessive = tokens[last]!.possessive;
  // the title ends at the last title word that still leaves a name after it
  let head = -1;
  for (let k = last - 1; k >= first; k--) if (isTitleHead(tokens[k]!.lower)) { head = k; break; }
  let nameFirst = head >= 0 ? head + 1 : first;
  if (head >= 0 && (tokens[nameFirst]?.lower === 'of' || tokens[nameFirst]?.lower === 'for')) {
    // "Minister of Health Jane Roe", "Chief of the Defence Staff John Doe", "Minister for Trade Ola Berg": the "of"
    // or "for" phrase belongs to the title (to the run's end: "to serve as Secretary of Transport" names no "Transport")
    let k = nameFirst + 1;
    if (tokens[k]?.lower === 'the') k++;
    while (k <= last && (ROLE_DOMAINS.has(tokens[k]!.lower) || isOrganizationWord(tokens[k]!.lower))) k++;
    // "The Minister for Housing, Ann Roe,": ordinary words after "for" with no name after them are the domain
    if (tokens[nameFirst]!.lower === 'for' && tokens.slice(k, last + 1).every((t) => isCommonWord(t.lower))) k = last + 1;
    nameFirst = k;
  }
  // a title with no name after it ("Minister of Health") names a position, not a person
  if (nameFirst > last) return { first, last, nameFirst: last, kind: 'title', role: null, gender: null, possessive };
  // "Striker Pia Lund said", "Co-author Sam Roe": a person noun capitalised only because it opens the sentence, then a
  // first name, is the person's role (a word no name list knows, shaped like an agent noun, too: "Sprinter", "Novelist";
  // before two words no lexicon knows, a name the lists lack: "Sprinter Ade Brandt")
  let leadRole: string | null = null;
  if (head < 0) {
    // "Republican Jane Roe", "State Jane Roe" (the end of a lower-case title): the name starts at the first name
    for (let k = first; k < last; k++) {
      const w = tokens[k]!.lower;
      if (firstNameGender(w) !== undefined && k > first) { nameFirst = k; break; }
      if (k === first && tokens[k]!.sentenceStart && (isPersonNoun(w) || (AGENT_SHAPE.test(w) && !isKnownName(w)))) { leadRole = w; continue; }
      if (!(NOT_PERSON_WORDS.has(w) || ROLE_DOMAINS.has(w) || isDemonym(w) || isPlace(w))) break;
    }
    if (nameFirst === first && leadRole !== null && last - first === 2 && unknownName(tokens[first + 1]!) && unknownName(tokens[last]!)) nameFirst = first + 1;
    if (nameFirst === first) leadRole = null;
  }
  const nameTokens = tokens.slice(nameFirst, last + 1);
  const lowers = nameTokens.map((t) => t.lower).filter((w) => w !== 'the');
  const whole = lowers.join(' ');
  if (lowers.length === 0) return { first, last, nameFirst, kind: 'none', role: null, gender: null, possessive };
  const make = (kind: RunKind, role: string | null, gender: Gender): Run => ({ first, last, nameFirst, kind, role, gender, possessive });
  // "Premier League", "President Hotel": a title before an organisation word names the body, not a person
  if (head >= 0 && lowers.length === 1 && isOrganizationWord(lowers[0]!)) return make('organization', null, 'neuter');
  if (head >= 0) {
    const hw = tokens[head]!.lower;
    const honorificGender = HONORIFICS.has(hw) && !TITLE_ABBREVIATIONS.has(hw) ? HONORIFICS.get(hw)! : undefined;
    const gender = honorificGender !== undefined ? honorificGender : GENDERED_ROLES.get(hw) ?? firstNameGender(lowers[0] ?? '') ?? null;
    return make('person', titleRole(tokens, first, nameFirst - 1), gender);
  }
  const run = (kind: RunKind, gender: Gender = null): Run => make(kind, null, gender);
  const lastWord = lowers[lowers.length - 1] ?? '';
  if (isTitleHead(lastWord) && lowers.every((w) => ROLE_DOMAINS.has(w) || isTitleHead(w) || isPlace(w) || isDemonym(w) || US_LIKE.has(w))) return run('title');
  if (lowers.length === 1 && DATE_NAMES.has(whole)) return run('none');
  if (GROUP_PROPER_NOUNS.has(whole)) return run('group', 'plural');
  if (lowers.length === 1 && COMPASS.has(whole)) return run('place');
  if (INSTITUTIONS.has(whole) || isKnownOrganization(whole)) return run('organization', 'neuter');
  if (lowers.length === 1 && US_LIKE.has(whole)) return run('country', 'neuter');
  if (isCountry(whole)) return run('country', 'neuter');
  if (isPlace(whole) || (lowers.length > 1 && lowers.every((w) => isPlace(w) || COMPASS.has(w)))) return run('place');
  if (isDemonym(lastWord) && lowers.every((w) => isDemonym(w) || isPlace(w) || COMPASS.has(w))) return run('demonym');
  // party and ideology adjectives ("Democratic", "Republican") never make a person's name on their own
  // ... though two or more of them with a creed or party word name a movement or body ("Christian Democratic")
  if (lowers.every((w) => NOT_PERSON_WORDS.has(w) || isDemonym(w) || isPlace(w))) {
    return lowers.length > 1 && lowers.some((w) => NOT_PERSON_WORDS.has(w)) ? run('organization', 'neuter') : run('none');
  }
  // "The Morning Ledger", "The Quillford Review": a capitalised "The" inside a sentence opens the name of a publication or institution
  if (tokens[first]!.text === 'The' && !tokens[first]!.sentenceStart && first < last) return run('organization', 'neuter');
  if (lowers.length === 1 && STATE_ABBREVIATIONS.has(whole)) return run('place');
  // "Co Westmeath": a county named after its abbreviation, however many words follow
  if (lowers.length > 1 && COUNTY_PREFIXES.has(lowers[0]!) && nameTokens[0]!.cap && !lowers.slice(1).some((w) => isOrganizationWord(w))) return run('place');
  // "Ardmore County said": a county, township, parish or borough speaks through its government, as a country does
  if (lowers.length > 1 && GOVERNED_PLACE_SUFFIXES.has(lastWord) && !lowers.some((w) => isOrganizationWord(w))) return run('country', 'neuter');
  if (REGIONS.has(whole) || (lowers.length > 1 && (PLACE_PREFIXES.has(lowers[0]!) || PLACE_SUFFIXES.has(lastWord)) && !lowers.some((w) => isOrganizationWord(w)))) return run('place');
  if (lowers.length > 1 && NOT_SPEAKER_SUFFIXES.has(lastWord)) return run('none');
  // in "Kim Do Hyun" the first word is the family name: it says nothing of the person's gender
  const familyFirst = lowers.length > 1 && FAMILY_NAMES_FIRST.has(lowers[0]!);
  const gender = familyFirst ? (isOrganizationWord(lastWord) ? undefined : null) : firstNameGender(lowers[0] ?? '');
  if (lowers.some((w, k) => isOrganizationWord(w) && !(k === 0 && gender !== undefined && lowers.length === 2))) return run('organization', 'neuter');
  // an acronym or a name in capitals is an organisation, unless it is a dateline ("TARNBY, Ohio —", "TARNBY:")
  if (nameTokens.length === 1 && nameTokens[0]!.allCaps) {
    return lastWord.length <= 6 || (lastWord.length <= 10 && !datelineAfter(tokens[last + 1])) ? run('organization', 'neuter') : run('none');
  }
  // "Officials", "Analysts" capitalised inside a sentence (after a quote, in a headline): a group
  if (lowers.length === 1 && isGroupNoun(whole)) return run('group', 'plural');
  // people's names hold no "of", no "&" and no plural nouns ("Republic of Ruritania", "Marsh & Ollen", "Young Farmers")
  if (lowers.includes('of') || lowers.includes('&') || lowers.some((w) => isPluralNoun(w))) return run('organization', 'neuter');
  // "the Grondwet", "the Bundesrat": people's names take no article, so a lone word no name list knows after
  // "the" names a body or a thing (as an organisation: "the Bundesrat said" still has a source); not before a noun,
  // where it modifies it ("the Roe campaign")
  if (lowers.length === 1 && gender === undefined && nameFirst === first && tokens[first - 1]?.lower === 'the' && !isKnownName(whole)
    && !nounModifier(tokens[last + 1])) return run('organization', 'neuter');
  if (gender !== undefined) return make('person', leadRole, gender);
  // capitalised ordinary words, an adjective then a noun, name an institution ("White House", "Supreme Court");
  // two nouns are as often a name ("Cliff Stone")
  if (lowers.every((w) => isCommonWord(w) || w === 'of')) {
    if (lowers.length === 1) return run('none');
    return isAdjective(lowers[0]!) && (isPureNoun(lastWord) || isPluralNoun(lastWord)) ? run('organization', 'neuter') : run('person');
  }
  if (nameTokens.some((t) => t.dotted) && nameTokens.every((t) => t.dotted)) return run('none');
  // single letters ("D" of "D-Ore."), and capitalised plurals of peoples and camps ("Ruritanians", "Monarchists"): no one person
  if (nameTokens.every((t) => t.lower.replace(/[^a-z]/g, '').length <= 1)) return run('none');
  if (lowers.length === 1 && /(?:ans|ics|ists|ites)$/.test(whole) && !isKnownName(whole)) return run('group', 'plural');
  if (lowers.length === 1 && whole.endsWith('s') && (isDemonym(whole.slice(0, -1)) || NOT_PERSON_WORDS.has(whole.slice(0, -1)))) return run('group', 'plural');
  return make('person', leadRole, null);
}

/**
 * A lower-case word right after a run that the run modifies ("the Roe campaign", "the Lind plan", "the Acme hotel"):
 * anything but a closed-class word or a tensed verb ("the Bundesrat said", "the Charter of ...", "the Charter and").
 */
function nounModifier(next: Token | undefined): boolean {
  return next !== undefined && next.word && !next.cap && !isClosedClassWord(next.lower) && !isVerbForm(next.lower);
}

/** What follows a dateline's place: a comma, a colon, a dash or an opening parenthesis ("(AP)"). */
function datelineAfter(next: Token | undefined): boolean {
  return next !== undefined && [',', ':', '—', '–', '-', '('].includes(next.text);
}

