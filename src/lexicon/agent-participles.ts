// Participles of backing, opposing and judging that keep their stance when they only describe a noun, its holder
// named after "by": "a plan backed by the unions", "a bill opposed by two senators", "a film panned by critics"
// (cues/agent-participle.ts). Levin's judgement and admire verbs, and the endorsing ones PolNeAR counts; not verbs
// whose participle is as often a deed ("attacked by rebels", "condemned by the court" to a sentence, "questioned by
// police", "sought by police", "pushed by a porter", "promoted by the club" to a rank, "proposed by" a rule's author).
export const AGENT_STANCE_PARTICIPLES: readonly string[] = [
  // backing and opposing
  'backed', 'supported', 'endorsed', 'opposed', 'favored', 'favoured', 'championed', 'touted',
  // greeting a thing with approval (a person welcomed or embraced is greeted in body: WELCOMING_PARTICIPLES)
  'welcomed', 'embraced',
  // judging in words, for and against
  'praised', 'hailed', 'lauded', 'applauded', 'criticized', 'criticised', 'denounced', 'decried', 'derided', 'ridiculed',
  'panned', 'disputed',
];

/** The participles above that, said of a person, are a greeting in body ("the envoy, welcomed by the mayor at the airport"). */
export const WELCOMING_PARTICIPLES: ReadonlySet<string> = new Set(['welcomed', 'embraced']);

/**
 * Heads of a noun that is backed with money or assets rather than with a view: "a loan backed by the state", "bonds
 * backed by the city's tax receipts" (a guarantee, no stance).
 */
export const GUARANTEED_HEADS: ReadonlySet<string> = new Set([
  'loan', 'loans', 'bond', 'bonds', 'debt', 'debts', 'mortgage', 'mortgages', 'securities', 'currency', 'notes', 'deposits',
  'credit', 'guarantee', 'guarantees', 'lender', 'lenders', 'bank', 'banks',
]);

/** The participles above that, said of an actor, are as often backing with money, arms or staff as with a view. */
export const MATERIAL_BACKING_PARTICIPLES: ReadonlySet<string> = new Set(['backed', 'supported']);

/**
 * Actors, beside the bodies and groups the mention lexicons know, that are backed with money, arms or staff rather than
 * with a view: "a militia backed by the army", "the startup, backed by a venture fund", "a consortium backed by banks".
 */
export const MATERIALLY_BACKED_ACTORS: ReadonlySet<string> = new Set([
  'militia', 'militias', 'regime', 'regimes', 'forces', 'gunmen', 'separatists', 'consortium', 'consortia', 'startup',
  'startups', 'start-up', 'start-ups', 'developer', 'developers', 'bidder', 'bidders', 'venture', 'ventures', 'insurgency',
]);
