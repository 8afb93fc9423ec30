// Words whose presence right before an ambiguous cue form ("show", "find", "suggest") makes it a verb.
import { EVIDENCE_NOUN_WORDS } from './evidence-nouns.js';

/**
 * Records and their findings: a poll, a study or a filing "shows", "finds", "suggests". Before an
 * evidence verb these nouns are its subject ("the survey shows"), so the form is a verb, not a noun
 * ("the shows"). The shared base list (src/lexicon/evidence-nouns.ts), and words only this check needs.
 */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  ...EVIDENCE_NOUN_WORDS,
  // returns: filed and counted records of the same kind as "filings" and "results" ("tax returns show
  // he paid nothing", "early election returns showed her ahead"); only this check reads it, since before
  // a figure it is money earned ("returns from the fund"), which the sources stage must not name as evidence.
  // (Audited: no output on the dev or probe texts depends on it; kept for this class, not for one text.)
  'returns',
]);

/**
 * Verbs of going on, starting and trying: before "to" and a cue they make one chain with it
 * ("continued to criticize", "began to question", "tried to portray"), which is how annotated news marks
 * the cue; alone they report nothing.
 */
export const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning',
  'start', 'starts', 'started', 'starting', 'try', 'tries', 'tried', 'trying', 'keep', 'keeps', 'kept',
  'attempt', 'attempts', 'attempted', 'attempting', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared',
  // "tended to support": a habit of holding the stance, the chain is the cue as above
  'tend', 'tends', 'tended', 'tending',
]);

/** Cue forms that are far more often a preposition ("critics like her"): verbs only after a pronoun or auxiliary. */
export const PREPOSITION_FORMS: ReadonlySet<string> = new Set(['like']);

/**
 * Nouns that take a plural verb without an -s ("the police say", "people fear", "staff want"): before a
 * bare cue form they are its subject, where a singular noun would make the pair a compound ("the reality
 * show", "an email probe"). British news writes collective bodies with a plural verb too ("the council
 * plan to").
 */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'police', 'people', 'staff', 'public', 'media', 'crew', 'clergy', 'military', 'press', 'jury', 'team',
  'council', 'committee', 'board', 'government', 'party', 'family', 'management', 'majority', 'minority',
  'data', 'children', 'men', 'women', 'folk', 'folks',
]);

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

/**
 * People, and a newborn, as the object of "welcome" ("welcomed the visitors", "welcomed several dozen delegates",
 * "welcomed a baby daughter"): greeting people or a birth, not approving a claim or a decision ("welcomed the
 * ruling" stays a cue). Read by cues/acts.ts after an optional determiner or count and up to two words.
 */
export const WELCOMED_PEOPLE_NOUNS: readonly string[] = [
  'visitors', 'guests', 'fans', 'crowd', 'crowds', 'delegates', 'delegation', 'delegations', 'tourists', 'players',
  'students', 'pupils', 'newcomers', 'arrivals', 'refugees', 'migrants', 'participants', 'audience', 'audiences',
  'spectators', 'attendees', 'passengers', 'customers', 'shoppers', 'families', 'children', 'recruits',
  'volunteers', 'pilgrims', 'worshippers', 'runners', 'riders',
  // a birth: "welcomed a baby daughter", "welcomed twins"
  'baby', 'babies', 'daughter', 'son', 'twins',
];

/**
 * Occasions, media and words used to say something: "used the speech to attack", "used much of his column to
 * mock", "used a crude phrase to describe". Before "to" and a cue they make one chain with "use" (cues/verb-contexts.ts),
 * as annotated news marks the cue; "used the money to support" is no saying.
 */
export const CHAIN_OCCASIONS: readonly string[] = [
  'speech', 'address', 'remarks', 'appearance', 'platform', 'column', 'interview', 'rally', 'statement', 'occasion',
  'opportunity', 'moment', 'op-ed', 'letter', 'pulpit', 'podium', 'time', 'post', 'posts', 'tweet', 'tweets', 'video',
  'word', 'words', 'term', 'phrase', 'expletive', 'slur', 'language',
];

/**
 * Verbs of motion, return and holding whose particle "back" is ("bring back the money", "fought back",
 * "scaled back the plan"): right after one of them "back" is that particle, no stance as in "voters back the plan".
 */
export const BACK_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'bring', 'brings', 'brought', 'bringing', 'fight', 'fights', 'fought', 'fighting', 'pay', 'pays', 'paid', 'paying',
  'scale', 'scaled', 'scaling', 'cut', 'cuts', 'cutting', 'roll', 'rolled', 'rolling', 'win', 'won', 'winning',
  'step', 'stepped', 'stepping', 'hold', 'held', 'holding', 'come', 'came', 'coming', 'go', 'went', 'going', 'get',
  'got', 'getting', 'give', 'gave', 'giving', 'take', 'took', 'taking', 'turn', 'turned', 'turning', 'look',
  'looked', 'looking', 'call', 'called', 'calling', 'push', 'pushed', 'pushing', 'sit', 'sat', 'sitting', 'head',
  'headed', 'heading', 'bounce', 'bounced', 'bouncing', 'claw', 'clawed', 'clawing',
]);

/**
 * Plural subjects before a noun-like form: with one of them before it the form is their verb ("voters fear",
 * "authorities blame", "a majority support", "60 percent back"); as nouns these forms would follow a determiner.
 */
export const PLURAL_SUBJECTS: ReadonlySet<string> = new Set([
  // people
  'voters', 'residents', 'people', 'supporters', 'opponents', 'members', 'lawmakers', 'legislators', 'economists',
  'scientists', 'researchers', 'authorities', 'police', 'prosecutors', 'investigators', 'activists', 'leaders',
  'executives', 'investors', 'parents', 'teachers', 'doctors', 'workers', 'employees', 'respondents', 'allies',
  'aides', 'advisers', 'advisors', 'backers', 'rivals', 'delegates', 'candidates', 'donors', 'fans', 'citizens',
  'consumers', 'students', 'patients', 'farmers', 'observers', 'insiders', 'strategists', 'commentators', 'pundits',
  'conservatives', 'liberals', 'progressives', 'moderates', 'diplomats', 'regulators', 'unions', 'women', 'men',
  'americans', 'democrats', 'republicans',
  // bodies, and people by their trade or standing ("banks doubt", "landlords fear", "nurses back")
  'groups', 'companies', 'firms', 'businesses', 'retailers', 'landlords', 'tenants', 'campaigners', 'charities',
  'agencies', 'ministers', 'officers', 'councils', 'lawyers', 'nurses', 'banks', 'lenders', 'governments', 'nations',
  'employers', 'shareholders',
  // shares of people
  'percent', 'majority', 'minority', 'plurality', 'half', 'thirds', 'quarters', 'three-quarters', 'two-thirds',
]);

/**
 * Forces of nature and disasters: right before one of FORCE_DEEDS they are its subject, and what they do is a deed ("the
 * storm hammered the coast", "the wildfire threatened 200 homes", "the river threatened homes", "the virus attacks"): a deed.
 */
export const NATURAL_FORCES: ReadonlySet<string> = new Set([
  'storm', 'storms', 'hurricane', 'hurricanes', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'twister', 'blizzard', 'snowstorm',
  'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'blazes', 'flames', 'flood', 'floods', 'floodwaters', 'flooding', 'quake',
  'earthquake', 'tremor', 'aftershock', 'tsunami', 'rain', 'rains', 'rainfall', 'downpour', 'snow', 'winds', 'gusts', 'drought',
  'heatwave', 'surge', 'mudslide', 'landslide', 'avalanche', 'eruption', 'volcano', 'lightning', 'explosion', 'blast', 'virus',
  'outbreak', 'pandemic', 'epidemic', 'disease', 'infection', 'bacteria', 'river', 'rivers', 'sea', 'tide', 'waves',
]);
/**
 * The speech lemmas a force of nature can be the subject of as a deed ("the storm hammered", "the blaze threatened",
 * "the flood claimed"); other verbs after such a noun have another subject ("Ferry crews caught in the storm described").
 */
export const FORCE_DEEDS: ReadonlySet<string> = new Set(['threaten', 'hammer', 'blast', 'slam', 'claim', 'promise', 'attack']);
