// Lower-case words in -ly that are no adverb of manner, or not only one ("an early estimate", "a family plan", "said
// weekly"): the cue stage reads the -ly shape as an adverb ("publicly blame", "said dryly") except for these.

/**
 * Words ending in -ly that are no adverb: adjectives ("an early estimate", "daily reports", "a friendly
 * hint") and nouns or verbs ("a family plan", "an ally"). Before a cue form an adjective makes it a noun,
 * where an adverb in -ly makes it a verb ("generally favor", "publicly blame").
 */
export const LY_ADJECTIVES: ReadonlySet<string> = new Set([
  'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'nightly', 'friendly', 'unfriendly',
  'likely', 'unlikely', 'only', 'elderly', 'costly', 'lonely', 'lovely', 'deadly', 'orderly', 'timely', 'ugly',
  'holy', 'silly', 'jolly', 'lively', 'kindly', 'family', 'rally', 'ally', 'belly', 'bully', 'folly', 'italy',
  'july', 'assembly', 'supply', 'reply', 'apply', 'comply', 'fly', 'scholarly', 'worldly', 'leisurely',
  'manly', 'womanly', 'cowardly', 'neighborly', 'neighbourly', 'unruly', 'wily', 'burly', 'surly', 'curly',
]);

/**
 * Of LY_ADJECTIVES, those that are adverbs too ("only saying", "early said", "was weekly reported"): in the
 * words before a cue they stay in its span as its adverbs.
 */
export const LY_ALSO_ADVERBS: ReadonlySet<string> = new Set([
  'only', 'early', 'kindly', 'likely', 'daily', 'weekly', 'monthly', 'yearly', 'nightly', 'hourly', 'quarterly', 'leisurely',
]);

/**
 * Lower-case words in -ly that may close a clause right after a cue but say nothing of its manner, so they
 * stay out of it where "said dryly." keeps its adverb: time and frequency ("said early.", "reported weekly,")
 * and nouns ("thanked family.", "addressed rally.").
 */
export const LY_NOT_MANNER: ReadonlySet<string> = new Set([
  'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'family', 'rally',
]);
