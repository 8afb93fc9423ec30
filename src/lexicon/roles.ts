// Nouns that describe a person by what they do ("the minister", "a doctor"), used for descriptions,
// appositions and titles. compromise's lexicon adds its ~500 'Actor' nouns to these (see mentions/words.ts).
import type { Gender } from './pronouns.js';
import { ACRONYM_ROLES } from './titles.js';

/** Person nouns of news reporting that compromise's lexicon lacks or tags otherwise. */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'senator', 'governor', 'lawmaker', 'legislator',
  'candidate', 'nominee', 'incumbent', 'challenger', 'frontrunner', 'front-runner', 'adviser', 'advisor', 'aide',
  'counselor', 'counsel', 'prosecutor', 'judge', 'justice', 'ambassador', 'envoy', 'negotiator', 'strategist', 'pollster',
  'consultant', 'lobbyist', 'activist', 'campaigner', 'protester', 'organizer', 'organiser', 'expert', 'researcher',
  'scientist', 'professor', 'chairman', 'chairwoman', 'chair', 'executive', 'founder', 'co-founder', 'owner', 'investor',
  // ("general" and "major" only as titles before a name: alone they are mostly adjectives)
  'commander', 'colonel', 'admiral', 'officer', 'trooper', 'soldier', 'veteran', 'resident',
  'student', 'voter', 'supporter', 'critic', 'opponent', 'observer', 'commentator', 'host', 'anchor', 'correspondent',
  'columnist', 'reporter', 'journalist', 'blogger', 'witness', 'victim', 'survivor', 'suspect', 'defendant', 'plaintiff',
  'attorney', 'lawyer', 'doctor', 'nurse', 'physician', 'surgeon', 'teacher', 'principal', 'coach', 'player', 'manager',
  'director', 'minister', 'secretary', 'president', 'premier', 'chancellor', 'mayor', 'councillor', 'councilman',
  'councilwoman', 'speaker', 'leader', 'chief', 'head', 'deputy', 'diplomat', 'counterpart', 'colleague', 'partner',
  'analyst', 'economist', 'historian', 'author', 'writer', 'editor', 'publisher', 'businessman', 'businesswoman',
  'billionaire', 'millionaire', 'entrepreneur', 'mogul', 'tycoon', 'actor', 'actress', 'singer', 'star', 'politician',
  'congressman', 'congresswoman', 'delegate', 'staffer', 'employee', 'worker', 'farmer', 'owner', 'shopkeeper', 'man',
  'woman', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'resident', 'neighbor',
  'neighbour', 'friend', 'relative', 'person', 'citizen', 'member', ...ACRONYM_ROLES, 'president-elect',
  'sheriff', 'detective', 'inspector', 'investigator', 'regulator', 'watchdog', 'monarch', 'king', 'queen', 'prince',
  'princess', 'pope', 'cleric', 'imam', 'rabbi', 'priest', 'bishop', 'archbishop', 'cardinal', 'pastor',
  // campaign and election reporting
  'donor', 'fundraiser', 'attendee', 'caucus-goer', 'delegate', 'surrogate', 'backer', 'loyalist', 'insider', 'operative',
  // the sides of a contest or a quarrel, in politics, business and sport alike ("a close ally of the mayor said", "her
  // rivals called it reckless", "skeptics say"), which compromise does not tag as people
  'rival', 'ally', 'adversary', 'detractor', 'proponent', 'skeptic', 'sceptic', 'naysayer', 'dissident', 'hardliner',
  'confidant', 'confidante', 'teammate', 'classmate',
  // the people at or beside an event whom news quotes as witnesses ("mourners said", "onlookers told reporters")
  'mourner', 'onlooker', 'bystander', 'motorist', 'admirer', 'follower',
  // trades, professions and sciences whose members news quotes ("local engineers warned", "the epidemiologist said"),
  // which compromise's lexicon does not tag as people (words that are mostly adjectives, "patient", "academic", are left out)
  'engineer', 'fisherman', 'miner', 'rancher', 'grower', 'baker', 'brewer', 'vintner', 'janitor', 'paramedic', 'midwife',
  'dentist', 'psychiatrist', 'epidemiologist', 'virologist', 'biologist', 'physicist', 'geologist', 'chemist',
  'meteorologist', 'climatologist', 'lecturer', 'auditor', 'mediator', 'ombudsman', 'councilor', 'juror', 'volunteer',
  'passenger', 'commuter', 'shopper',
  // the watch, rescue and service trades whose members news quotes as witnesses ("a security guard said", "a park ranger
  // told reporters", "a prison warden said"): compromise knows them as verbs or not at all
  'guard', 'ranger', 'warden', 'porter', 'steward', 'vendor', 'medic', 'lifeguard', 'doorman', 'watchman', 'diver',
  // the officers of local government, courts and public services that local news quotes ("the fire marshal said",
  // "according to the county coroner", "the school district's treasurer"), which compromise does not tag as people
  'marshal', 'coroner', 'trustee', 'treasurer', 'registrar', 'assessor', 'surveyor', 'dispatcher', 'bailiff', 'paralegal',
  'comptroller', 'librarian', 'archivist', 'headteacher', 'headmaster', 'headmistress', 'harbourmaster', 'harbormaster',
  'postmaster', 'zookeeper', 'groundskeeper', 'contractor', 'trucker', 'counsellor', 'nutritionist', 'botanist',
  // people news names by their stage of life or their forecasting trade ("retiree Joan Roe", "forecaster Ali Dunn")
  'retiree', 'pensioner', 'forecaster',
  // sport: the positions and officials a match report names people by ("the striker said", "the referee")
  'striker', 'midfielder', 'defender', 'winger', 'goalkeeper', 'referee', 'umpire', 'swimmer', 'cyclist', 'runner',
  'forward', 'keeper', 'playmaker', 'quarterback', 'pitcher', 'batsman', 'bowler',
  // research and advocacy ("co-author Sam Roe said", "consumer advocate Ann Lee")
  'co-author', 'advocate',
  // epithets news refers back to a named person by (see EPITHET_HEADS): standing and age ("the 34-year-old said";
  // "year-old" is the head noun of "34-year-old"), a capped player ("the former Ostrian international")
  'youngster', 'rookie', 'newcomer', 'year-old', 'international',
]);

/** Prefixes joined by a hyphen to a person noun that still name a person ("co-worker", "ex-wife", "half-brother",
 *  "step-father", "vice-chair"): the word is a person noun when the noun after the hyphen is one. */
export const PERSON_NOUN_PREFIXES: ReadonlySet<string> = new Set(['co', 'ex', 'half', 'step', 'vice']);

/** Person nouns that fix a gender, so a description can rule out a pronoun. */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['man', 'boy', 'father', 'son', 'husband', 'businessman', 'spokesman', 'chairman', 'congressman', 'councilman',
    'king', 'prince', 'actor', 'brother', 'uncle', 'nephew', 'grandfather', 'widower', 'gentleman', 'policeman',
    'fireman', 'assemblyman', 'sportsman', 'emperor', 'priest', 'monk'].map((w) => [w, 'male'] as [string, Gender]),
  ...['woman', 'girl', 'mother', 'daughter', 'wife', 'businesswoman', 'spokeswoman', 'chairwoman', 'congresswoman',
    'councilwoman', 'queen', 'princess', 'actress', 'sister', 'aunt', 'niece', 'grandmother', 'widow', 'lady',
    'policewoman', 'assemblywoman', 'sportswoman', 'empress', 'nun', 'first lady'].map((w) => [w, 'female'] as [string, Gender]),
]);

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
 * Person nouns that news also uses for a body ("the regulator Aquawatch", "the watchdog Fairfund"): before a name no
 * first-name list knows they name an organisation; before "Jane Roe" they are still a person's title.
 */
export const BODY_OR_PERSON_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'operator', 'publisher', 'broadcaster']);

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

/** Heads that take a complement naming whom they speak for ("a spokesperson for the ministry", "head of the agency"):
 *  the description runs on over it (mentions/description-complement.ts). */
export const COMPLEMENT_HEADS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'head', 'chief', 'director',
  'member', 'members', 'representative', 'representatives', 'leader', 'leaders', 'president', 'chairman', 'chairwoman', 'chair',
  'secretary', 'minister', 'executive', 'officer', 'lawyer', 'attorney', 'spokespeople', 'source', 'sources', 'professor', 'analyst']);

/** Heads whose words a fact-checker attributes to the body they speak for ("a spokesman for the Harbour Guild" -> the
 *  guild; lead's decision, session 8): speakers/spokespeople.ts gives the body's entity to every mention of them. */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
