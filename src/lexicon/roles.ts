// Nouns that describe a person by what they do ("the minister", "a doctor"), used for descriptions,
// appositions and titles. compromise's lexicon adds its ~500 'Actor' nouns to these (see mentions/words.ts).
import type { Gender } from './pronouns.js';
import { ACRONYM_ROLES } from './titles.js';
import { pluralOf } from './plurals.js';

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
  // epithets news refers back to a named person by (see EPITHET_HEADS, reference-heads.ts): standing and age ("the 34-year-old said";
  // "year-old" is the head noun of "34-year-old"), a capped player ("the former Ostrian international")
  'youngster', 'rookie', 'newcomer', 'year-old', 'international',
]);

/** The plurals of PERSON_ROLES ("officials", "witnesses", "allies", "spokesmen"), for rules that match a role as a regex. */
export const PERSON_ROLE_PLURALS: readonly string[] = [...PERSON_ROLES].map(pluralOf);

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
 * Person nouns that news also uses for a body ("the regulator Aquawatch", "the watchdog Fairfund"): before a name no
 * first-name list knows they name an organisation; before "Jane Roe" they are still a person's title.
 */
export const BODY_OR_PERSON_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'operator', 'publisher', 'broadcaster']);

/** Heads that take a complement naming whom they speak for ("a spokesperson for the ministry", "head of the agency"):
 *  the description runs on over it (mentions/description-complement.ts). */
export const COMPLEMENT_HEADS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'head', 'chief', 'director',
  'member', 'members', 'representative', 'representatives', 'leader', 'leaders', 'president', 'chairman', 'chairwoman', 'chair',
  'secretary', 'minister', 'executive', 'officer', 'lawyer', 'attorney', 'spokespeople', 'source', 'sources', 'professor', 'analyst']);

/** Heads whose words a fact-checker attributes to the body they speak for ("a spokesman for the Harbour Guild" -> the
 *  guild; lead's decision, session 8): speakers/spokespeople.ts gives the body's entity to every mention of them. */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
