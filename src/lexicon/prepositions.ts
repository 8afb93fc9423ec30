// Prepositions the speaker and content rules read around a word, as named sets: each asks a different question of the word
// before a mention or a cue, so each set holds the prepositions that answer it and says why. (Other sets live
// beside their own words: places.ts LOCATIVE_PREPOSITIONS, noun-phrase-words.ts INNER_PREPOSITIONS,
// stance-nouns.ts STANCE_OBJECT_PREPOSITIONS.)

/**
 * A mention right after one of these sits in a prepositional phrase and is no clause's subject ("In an interview
 * with a radio station he said", "a letter from the mayor"), opens no list of people and is an oblique, less salient
 * antecedent (speakers/preposition-object.ts, read by the speakers stage and the quote rules). Not the place-only
 * "across"/"near": a subject rarely follows those in a frame before the cue either, but none was measured. And
 * "representing", a participle that works as one in a body's description ("the union representing nurses said" is the
 * union's, not the nurses', as "the union for nurses" is).
 */
export const PHRASE_PREPOSITIONS: readonly string[] = [
  'of', 'with', 'for', 'at', 'from', 'in', 'on', 'to', 'by', 'about', 'than', 'under', 'against', 'over', 'after',
  'before', 'during', 'like', 'including', 'among', 'between', 'into', 'toward', 'towards', 'representing',
];

/**
 * A plural cue word right after one of these is a noun ("amid claims that", "despite warnings"), not a verb of
 * the sentence's subject; quotes/subjects.ts. Not "to", after which the word is a verb ("to warns" is no English,
 * "to warn" no plural); "amid", "despite" and "following" are here because they take only nouns.
 */
export const NOUN_FRAME_PREPOSITIONS: readonly string[] = [
  'about', 'amid', 'amidst', 'despite', 'over', 'after', 'of', 'with', 'for', 'from', 'on', 'by', 'against',
  'following', 'among', 'under',
];

/** Of those, the ones that take a noun and never a clause: a plural speech form after them is a noun wherever it
 *  stands ("Amid calls for her resignation", "despite claims that"); cues/preposition-noun.ts. */
export const NOUN_ONLY_PREPOSITIONS: readonly string[] = ['amid', 'amidst', 'despite', 'following'];

/**
 * An -ing cue right after one of these is a gerund, the object of the preposition, and no clause of its own
 * ("with a reel of her jokes about wanting ..."); quotes/speaker-with.ts reads the "with" phrase's words.
 */
export const GERUND_OBJECT_PREPOSITIONS: readonly string[] = [
  'about', 'of', 'for', 'from', 'on', 'in', 'by', 'without', 'after', 'before',
];

/**
 * A gerund cue after one of these shares the sentence's subject ("aside from saying", "in addition to warning",
 * "besides noting"); quotes/subjects.ts. "to" is here (the gerund after "in addition to"), unlike in the sets
 * above, where "to" opens an infinitive.
 */
export const GERUND_LEAD_PREPOSITIONS: readonly string[] = [
  'from', 'of', 'to', 'by', 'without', 'besides', 'beyond', 'despite', 'than', 'about',
];

/**
 * A name right after one of these opens an adverbial ("In Norland, the health ministry said", "From Acme's side,
 * ..."), so a description after its comma is no apposition of it; speakers/description-reference.ts.
 */
export const ADVERBIAL_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'from', 'across', 'throughout', 'inside', 'within', 'outside', 'around', 'near', 'to', 'for', 'on',
  'over', 'under', 'after', 'before', 'since', 'like', 'with', 'by',
];

/**
 * A place phrase opened by one of these may stand between a group and its cue ("Boat crews in Dunbeg have
 * warned"); mentions/cue-follows.ts. Only the places a group is found in or comes from.
 */
export const GROUP_PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'from', 'across', 'around'];

/**
 * A place or occasion phrase opened by one of these may stand between a cue and a reported clause with no "that"
 * ("said at a rally the ferry would run", "said during a visit the pier would close"); quotes/content-start.ts.
 * Prepositions that take no clause only: not "after"/"before"/"since", which open time clauses ("said after the
 * meeting was over").
 */
export const PLACE_PHRASE_PREPOSITIONS: readonly string[] = [
  'at', 'in', 'on', 'during', 'from', 'outside', 'inside', 'near', 'via', 'through', 'amid',
];

/** Nouns that make one of those prepositions an idiom, not a place ("in fact", "at least", "in turn"). */
export const PREPOSITION_IDIOM_NOUNS: readonly string[] = [
  'least', 'most', 'all', 'part', 'particular', 'general', 'fact', 'turn', 'short', 'effect', 'addition', 'contrast',
  'theory', 'principle', 'practice', 'total',
];

/**
 * Nouns of a rate after "per" ("$5 per hour", "per cent", "per capita"): there "per" is the rate word, not the
 * source preposition of ", per the ministry" (cues/lead-ins.ts, sources/voucher-index.ts).
 */
export const PER_RATE_NOUNS: readonly string[] = [
  'cent', 'capita', 'annum', 'se', 'hour', 'day', 'week', 'month', 'year', 'person', 'head', 'share', 'unit', 'mile',
  'gallon', 'barrel', 'ton', 'tonne', 'kilo', 'pound',
];
