// Light verbs that report a stance only with a stance noun as their object ("made a plea for calm", "threw its
// weight behind the mayor", "launched a scathing attack on the board"), the nouns they take, and what keeps a deed
// of the body or of war from reading as one. Read by cues/nominal.ts and cues/nominal-verb.ts; the stance nouns
// themselves are in stance-nouns.ts.

/**
 * Verbs that are no speech verbs alone but, with a stance noun as their object after an article or nothing,
 * report a stance the subject took in words: "made a plea for calm", "launched a scathing attack on the
 * board", "heaped praise on the nurses", "threw its support behind the mayor", "made the case for a tax".
 * (Verbs of speaking themselves, "voiced opposition to", "expressed support for", are the verb pass's.)
 */
export const STANCE_LIGHT_VERBS: readonly string[] = [
  'make', 'makes', 'made', 'making', 'launch', 'launches', 'launched', 'launching',
  'heap', 'heaps', 'heaped', 'heaping', 'level', 'levels', 'leveled', 'levelled', 'leveling', 'levelling',
  'mount', 'mounts', 'mounted', 'mounting', 'deliver', 'delivers', 'delivered', 'delivering',
  'issue', 'issues', 'issued', 'issuing', 'renew', 'renews', 'renewed', 'renewing',
  'unleash', 'unleashes', 'unleashed', 'unleashing',
  'throw', 'throws', 'threw', 'thrown', 'throwing',
  // "put its weight behind the bid", "gave its blessing to the merger", "pinned the blame on the contractor", "laid the
  // blame on": a stance put, given or laid on someone, only with the nouns here (LIGHT_VERB_NOUNS)
  'put', 'puts', 'putting', 'give', 'gives', 'gave', 'given', 'giving', 'pin', 'pins', 'pinned', 'pinning',
  'lay', 'lays', 'laid', 'laying',
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
