// What the mention rules need to know about single words, from our lexicons and compromise's lexicon used as
// DATA (a map lookup per word; no parse). Built once when the module loads.
import nlp from 'compromise';
import { PERSON_ROLES, ORGANIZATION_HEADS } from '../../lexicon/roles.js';
import { TITLE_HEADS, TITLE_ABBREVIATIONS, HONORIFICS } from '../../lexicon/titles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { GROUP_NOUNS } from '../../lexicon/groups.js';
import type { Gender } from '../../lexicon/pronouns.js';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, boolean> };
}
const model = nlp.model() as unknown as Model;
const lexicon = model.one.lexicon;

/** compromise's tags for a lower-case word or phrase ("north korea"), [] when unknown. */
export function tagsOf(lower: string): readonly string[] {
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Demonym']);
// tags that show a capitalised sentence-initial word is just a word ("The", "Speaking", "However")
const NAME_OR_PLACE = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Organization', 'ProperNoun', 'SportsTeam']);

/** First-name gender from compromise's name lists: 'male', 'female', null (a first name of either), undefined (not one). */
export function firstNameGender(lower: string): Gender | undefined {
  const tags = tagsOf(lower);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return null;
  return undefined;
}
export const isKnownName = (lower: string): boolean => tagsOf(lower).some((t) => NAME_TAGS.has(t));
export const isPlace = (lower: string): boolean => tagsOf(lower).some((t) => PLACE_TAGS.has(t) && t !== 'Demonym');
export const isCountry = (lower: string): boolean => tagsOf(lower).includes('Country');
export const isDemonym = (lower: string): boolean => tagsOf(lower).includes('Demonym');
export const isKnownOrganization = (lower: string): boolean => tagsOf(lower).includes('Organization');
export const isDateWord = (lower: string): boolean => tagsOf(lower).some((t) => t === 'WeekDay' || t === 'Month' || t === 'Date');

/** A word compromise knows only as an ordinary word (not a name, place or organisation). */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => NAME_OR_PLACE.has(t));
}

// Function words: never part of a description's modifiers.
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
  'Adverb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Auxiliary', 'Negative', 'Possessive', 'Reflexive', 'Expression']);
export const isFunctionWord = (lower: string): boolean => tagsOf(lower).some((t) => FUNCTION_TAGS.has(t));

const orgWords = new Set([...ORGANIZATION_WORDS, ...Object.keys(model.two.orgWords ?? {})]);
// compromise's orgWords hold a few words that end person names or plain phrases far more often than company names
for (const w of ['boys', 'girls', 'care', 'data', 'design', 'education', 'estate', 'gas', 'coffee']) orgWords.delete(w);
export const isOrganizationWord = (lower: string): boolean => orgWords.has(lower);

const personNouns = new Set<string>(PERSON_ROLES);
for (const [w, t] of Object.entries(lexicon)) if (t === 'Actor' && !w.includes(' ')) personNouns.add(w);
/** A singular noun for a person by role or kind ("minister", "doctor", "counterpart"). */
export const isPersonNoun = (lower: string): boolean => personNouns.has(lower);

/** The singular of a plural person noun ("officials" -> "official"), or undefined when it is not one. */
export function personPlural(lower: string): string | undefined {
  if (lower.length < 4 || !lower.endsWith('s')) return undefined;
  if (lower.endsWith('men')) return undefined;
  for (const cut of [1, 2]) {
    const base = lower.slice(0, -cut);
    if (personNouns.has(base)) return base;
  }
  if (lower.endsWith('ies') && personNouns.has(lower.slice(0, -3) + 'y')) return lower.slice(0, -3) + 'y';
  return undefined;
}
/** Plural person nouns that are groups ("officials", "police", "spokesmen"). */
export function isGroupNoun(lower: string): boolean {
  if (GROUP_NOUNS.has(lower)) return true;
  if (lower.endsWith('men') && personNouns.has(lower.slice(0, -3) + 'man')) return true;
  return personPlural(lower) !== undefined;
}

export const isOrganizationHead = (lower: string): boolean => ORGANIZATION_HEADS.has(lower);

/** A title that can stand capitalised before a name. */
export function isTitleHead(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_ABBREVIATIONS.has(lower) || HONORIFICS.has(lower);
}
