// Person nouns by how a description refers back to someone the story has named ("the senator", "the 34-year-old",
// "her colleague"): which heads may stand for which titles, which name the protagonist, which are epithets or a
// standing, and which only relate a person to another. The speakers stage reads them to resolve descriptions
// (speakers/roles.ts, salience.ts, description-reference.ts, epithets.ts; mentions/head-before-name.ts reads the
// relational ones); the person nouns themselves are in roles.ts.

/**
 * Nouns that describe a person only relative to someone else ("her colleague", "his wife"): fine as a
 * description, but not a role to record for the entity they end up naming. Not 'boss': "Tarnby boss Ola
 * Brenn" (a club's or a firm's boss, British news style) is a title before the name, like "City manager".
 */
export const RELATIONAL_ROLES: ReadonlySet<string> = new Set([
  'counterpart', 'colleague', 'partner', 'friend', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'relative', 'neighbor', 'neighbour', 'man', 'woman', 'boy', 'girl', 'person', 'ally', 'rival', 'opponent',
  'successor', 'predecessor', 'aide', 'widow', 'member',
]);

/**
 * Roles that a description may use for someone whose title said it otherwise: "the diplomat" for a foreign
 * minister, "the senator" for "Sen. X", "the lawmaker" for a representative. Key: description head; value: words any
 * of which in the entity's role lets it match.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['diplomat', ['foreign', 'secretary of state', 'ambassador', 'envoy', 'diplomat', 'consul']],
  ['lawmaker', ['senator', 'representative', 'congressman', 'congresswoman', 'legislator', 'deputy', 'mp', 'assemblyman', 'assemblywoman', 'lawmaker']],
  ['legislator', ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator']],
  ['politician', ['senator', 'representative', 'governor', 'mayor', 'minister', 'president', 'candidate', 'nominee', 'lawmaker']],
  ['official', ['minister', 'secretary', 'director', 'commissioner', 'official', 'administrator', 'spokesman', 'spokeswoman', 'spokesperson']],
  ['leader', ['president', 'premier', 'prime minister', 'chancellor', 'king', 'queen', 'leader', 'chairman']],
  ['candidate', ['candidate', 'nominee', 'challenger', 'incumbent']],
  ['nominee', ['nominee', 'candidate']],
  ['executive', ['chief executive', 'ceo', 'executive', 'president', 'chairman', 'chairwoman', 'director']],
  ['boss', ['chief executive', 'ceo', 'head', 'chief', 'director', 'manager']],
  ['general', ['general', 'commander', 'admiral']],
  ['commander', ['general', 'commander', 'colonel', 'admiral', 'chief']],
  ['officer', ['officer', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'general', 'commander']],
  ['judge', ['judge', 'justice', 'magistrate']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson']],
  ['spokesman', ['spokesman', 'spokesperson']],
  ['spokeswoman', ['spokeswoman', 'spokesperson']],
  ['businessman', ['businessman', 'executive', 'ceo', 'founder', 'owner', 'billionaire', 'tycoon', 'mogul', 'developer']],
  ['billionaire', ['billionaire', 'businessman', 'tycoon', 'mogul', 'developer']],
]);

/**
 * Roles a story's protagonist is often called by without having been given them ("the nominee", "the senator"):
 * offices and standings that the person a political or business story keeps naming usually holds. Not epithets of
 * wealth or trade ("the billionaire", "the tycoon"): those single out one trait that the most-mentioned person need
 * not share, so a guess from them names the wrong person as often as the right one; they stay unresolved.
 */
export const PROTAGONIST_HEADS: ReadonlySet<string> = new Set(['nominee', 'candidate', 'front-runner', 'frontrunner', 'senator', 'governor',
  'president', 'congressman', 'congresswoman', 'lawmaker', 'mayor',
  'leader', 'incumbent', 'challenger', 'contender', 'premier', 'chancellor', 'politician', 'star', 'executive']);

/**
 * Epithets: nouns news uses to refer back to a person it has just named, by age ("the 34-year-old"), sports position
 * ("the forward"), caps ("the former Ostrian international") or standing in a squad ("the youngster"), besides
 * nationality ("the Dane", any demonym). They state no title the person was given, so they resolve only to the one
 * person named in reach (speakers/epithets.ts). Not offices ("the mayor" after a resident is named is someone else),
 * nor words that often name the other side of an event ("the defender" after a foul, "the champion", "the teenager").
 */
export const EPITHET_HEADS: ReadonlySet<string> = new Set(['year-old', 'forward', 'striker', 'midfielder', 'winger', 'goalkeeper',
  'keeper', 'playmaker', 'quarterback', 'pitcher', 'batsman', 'bowler', 'international', 'youngster', 'rookie', 'newcomer']);

/** Heads that describe a person's standing, not an office they hold ("the veteran told reporters"): news uses them to
 *  refer back to someone just named, so they do not stand between a he/she and that person (speakers/salience.ts). */
export const STANDING_HEADS: ReadonlySet<string> = new Set(['veteran', 'youngster', 'rookie', 'newcomer', 'teenager', 'champion',
  'favourite', 'favorite', 'underdog', 'winner', 'hopeful']);
