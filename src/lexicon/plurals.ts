// The plural of an English noun and the way back, for the lexicons that list singulars only (roles.ts) and the rules
// that must also match or read their plurals ("witnesses", "attorneys", "allies", "spokesmen", "wives"); and the
// ending that makes a word look plural. One place, so that a list read as a regex alternation and a word looked up one
// at a time agree on what a plural is.

// plurals no suffix rule gives
const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', child: 'children', thief: 'thieves' };
const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(IRREGULAR).map(([one, many]) => [many, one]));
// nouns whose "ch" is said /k/ and so take a plain "s" ("monarchs", not "monarches")
const HARD_CH = /(?:^|[^s])(?:monarch|patriarch|matriarch|oligarch|stomach|epoch|tech)$/;

/** The plural of a singular noun: "official" -> "officials", "witness" -> "witnesses", "ally" -> "allies",
 *  "spokesman" -> "spokesmen", "wife" -> "wives", "ceo" -> "ceos". */
export function pluralOf(noun: string): string {
  const irregular = IRREGULAR[noun];
  if (irregular !== undefined) return irregular;
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('fe')) return `${noun.slice(0, -2)}ves`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun) && !HARD_CH.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The singulars a word would have if it were a regular plural, to be looked up in a list ("coaches" -> "coache",
 *  "coach"; "allies" -> "allie", "ally"; "spokesmen" -> "spokesman"); none for a word that cannot be one ("witness"). */
export function singularsOf(word: string): string[] {
  const irregular = IRREGULAR_SINGULAR[word];
  if (irregular !== undefined) return [irregular];
  if (word.endsWith('men')) return [`${word.slice(0, -3)}man`];
  if (!word.endsWith('s') || word.endsWith('ss')) return [];
  const found = [word.slice(0, -1)];
  if (word.endsWith('ves')) found.push(`${word.slice(0, -3)}fe`);
  if (word.endsWith('ies')) found.push(`${word.slice(0, -3)}y`);
  if (/(?:s|sh|ch|x|z)es$/.test(word)) found.push(word.slice(0, -2));
  return found;
}

/**
 * A regular plural's ending, as a regex source that closes a word: "-s" after a lower-case letter other than "s", "u"
 * or "i" ("nurses", "crews", "year-olds"; not "witness", "campus", "crisis"). A shape, not a lookup: "news" and
 * "always" have it too, so a rule that must know the word is a noun checks a list besides. The rules that ask "does
 * this word look plural?" use it (or pluralEnding), so that they agree on the endings that are no plural.
 */
export const PLURAL_END = String.raw`\p{Ll}(?<![siu])s`;
const PLURAL_END_AT_END = new RegExp(`${PLURAL_END}$`, 'u');

/** Whether a word ends like a regular plural (PLURAL_END): "teachers", "year-olds"; not "witness", "bus", "basis". */
export function pluralEnding(word: string): boolean {
  return PLURAL_END_AT_END.test(word);
}

/** Plurals of people with no "-s" ending, which PLURAL_END does not see: the irregular ones above ("people",
 *  "children") and those of "man" and "woman". */
export const PEOPLE_PLURALS_WITHOUT_S: readonly string[] = [...Object.values(IRREGULAR), pluralOf('man'), pluralOf('woman')].filter((p) => !pluralEnding(p));
