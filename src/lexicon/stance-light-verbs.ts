// Light verbs that report a stance only with a stance noun as their object ("made a plea for calm", "threw its
// weight behind the mayor", "launched a scathing attack on the board"), the nouns they take, and what keeps a deed
// of the body or of war from reading as one. Read by cues/nominal.ts and cues/nominal-verb.ts; the stance nouns
// themselves are in stance-nouns.ts.
import { verbForms } from './verb-forms.js';

/**
 * Verbs that are no speech verbs alone but, with a stance noun as their object after an article or nothing,
 * report a stance the subject took in words: "made a plea for calm", "launched a scathing attack on the
 * board", "heaped praise on the nurses", "threw its support behind the mayor", "made the case for a tax".
 * (Verbs of speaking themselves, "voiced opposition to", "expressed support for", are the verb pass's.)
 */
export const STANCE_LIGHT_VERBS: readonly string[] = [
  ...['make', 'launch', 'heap', 'level', 'mount', 'deliver', 'issue', 'renew', 'unleash', 'throw'].flatMap(verbForms),
  // "put its weight behind the bid", "gave its blessing to the merger", "pinned the blame on the contractor", "laid the
  // blame on": a stance put, given or laid on someone, only with the nouns here (LIGHT_VERB_NOUNS); and "paid tribute to
  // the nurses", "paid homage to the founder": praise paid in words
  ...['put', 'give', 'pin', 'lay', 'pay'].flatMap(verbForms),
];

/**
 * Verbs that put a view into words only with a noun of saying and its clause after them, beside STANCE_LIGHT_VERBS:
 * "raised concerns that the wards would be short", "raised the possibility that the trial could move", "floated the
 * idea that the clubs share a ground". (Read by cues/nominal-light-clause.ts and quotes/noun-cue.ts.)
 */
export const CLAUSE_LIGHT_VERBS: readonly string[] = ['raise', 'float'].flatMap(verbForms);

/**
 * Nouns a light verb puts into words with their clause that no one holds by name after an article (so not among
 * lexicon/unheld-report-nouns.ts): "made the point that", "raised the possibility that", "floated the idea that". After a
 * light verb its subject holds them. (And "case" after "make" only, cues/nominal-light-clause.ts: "gave the case that
 * his father had left him" is a box.)
 */
export const LIGHT_CLAUSE_NOUNS: readonly string[] = ['point', 'possibility', 'prospect', 'idea'];

/**
 * Plurals and mass nouns of saying a light verb takes with no article before their clause: "gave assurances that",
 * "raised concerns that", "issued warnings that", "raised doubts that", "made promises that".
 */
export const BARE_LIGHT_CLAUSE_NOUNS: readonly string[] = [
  'assurances', 'concerns', 'fears', 'doubts', 'hopes', 'warnings', 'promises', 'predictions', 'allegations', 'accusations',
];

/**
 * Nouns a light verb takes as a stance, beside STANCE_NOUNS and DEMAND_NOUNS, each with the preposition
 * that opens what the stance is about: "made the case for a tax", "made no mention of the layoffs",
 * "threw its support behind the mayor". ("Support" only after these verbs and before "for" or "behind":
 * "gave support to the flood victims" is help, not a stance.)
 */
export const LIGHT_VERB_NOUNS: Readonly<Record<string, string>> = {
  case: 'for', mention: 'of', support: 'for|behind',
  // backing in idioms ("threw its full weight behind the mayor", "gave its blessing to the merger"), scorn and blame put
  // on someone in words ("heaped scorn on the report", "pinned the blame for the delay on the builder")
  weight: 'behind', blessing: 'to', scorn: 'on|upon', blame: 'on|upon|for',
  // praise paid to someone ("paid tribute to the nurses", "paid a warm tribute to", "paid homage to the founder")
  tribute: 'to', homage: 'to',
};

/** What a body's weight is put behind in a deed, not a stance: "put their weight behind the stalled van" (cues/nominal.ts). */
export const PUSHED_THINGS: readonly string[] = [
  'car', 'cars', 'van', 'truck', 'lorry', 'bus', 'boat', 'door', 'gate', 'bar', 'wheel', 'cart', 'barrow', 'sled',
  'sledge', 'plough', 'plow', 'trolley', 'pram', 'scrum',
];

/**
 * "Attack" after a light verb is a stance in words only with a modifier of words: "launched a scathing
 * attack on the board" (not "launched an attack on the port", a deed of war).
 */
export const VERBAL_ATTACK_MODIFIERS: readonly string[] = [
  'scathing', 'blistering', 'withering', 'stinging', 'verbal', 'personal', 'sharp', 'veiled', 'thinly-veiled',
  'rhetorical', 'caustic', 'bitter', 'angry', 'harsh', 'searing', 'furious', 'public', 'vitriolic',
];
