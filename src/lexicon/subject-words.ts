// Words the figures stage reads when it names what a figure counts (its subject: "some 6,500
// dairy farmers are ..." -> "dairy farmers"). compromise's lexicon tags most words; these are the
// ones it leaves to its conjugator or tags in a way that misleads right after a number.

/** Verbs and function words that end the noun phrase after a figure ("1,500 voters were ..."). */
export const SUBJECT_STOP_WORDS: ReadonlySet<string> = new Set([
  // auxiliaries and the verbs of saying compromise tags only through its conjugator
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'do', 'does', 'did', 'be', 'been', 'being', 'said', 'says',
  // conjunctions and distributives ("$5 each", "3 per day")
  'and', 'or', 'but', 'than', 'per', 'each', 'apiece',
  // time words after a span ("three years ago", "two weeks later", "the last")
  'ago', 'earlier', 'later', 'last', 'next',
  // prepositions and particles: the phrase is over before them
  'over', 'under', 'into', 'through', 'after', 'before', 'since', 'during', 'about', 'against', 'among', 'between', 'within',
  'without', 'across', 'toward', 'towards', 'upon', 'via', 'so', 'far', 'up', 'down', 'out', 'off', 'away', 'back', 'until',
  'while', 'from', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'as',
  // prepositions compromise tags as adjectives or verbs ("41,000 acres near the town", "$3 billion beyond that"), and
  // those of a level ("30 percent above average", "2 degrees below normal")
  'near', 'beyond', 'like', 'above', 'below',
  // and those of a place in a table or a race ("four points outside the top six", "two seconds behind the leader")
  'outside', 'inside', 'behind', 'ahead',
  // relatives and demonstratives
  'that', 'who', 'which', 'this',
]);

/** Pronouns after "N of" that point back to something named before ("8,000 of them"). */
export const POINTING_WORDS: ReadonlySet<string> = new Set(['them', 'those', 'these', 'which', 'whom', 'it', 'us', 'you']);

/**
 * Words that may sit right after a figure but never end a phrase naming what it counts: place
 * and measure adverbs ("60 miles north", "5 feet tall", "$3 billion offshore", "five days left",
 * "$400,000 total"). They stay inside a longer phrase ("27 total subsidiaries").
 */
export const NOT_LAST_WORDS: ReadonlySet<string> = new Set([
  // direction and distance
  'south', 'north', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'away', 'apart', 'ahead', 'behind',
  'offshore', 'overseas', 'abroad', 'straight',
  // size and age after a measure ("12 feet tall", "61 years old")
  'long', 'wide', 'tall', 'high', 'deep', 'old', 'full', 'empty',
  // amounts and time left ("$5 total", "two days left", "one soon to be ...")
  'total', 'overall', 'annually', 'apiece', 'alone', 'left', 'soon', 'now', 'more', 'less', 'too',
  // a period after a rate ("rose 27% year over year", "5% quarter on quarter")
  'year', 'month', 'week', 'day', 'quarter', 'decade',
]);

/**
 * Words after "in" that say when money changed hands, not what it is for ("$71.30 in morning trading", "$4 in
 * overnight trade"); "$5 million in aid" names its purpose.
 */
export const WHEN_AFTER_IN: ReadonlySet<string> = new Set([
  'morning', 'afternoon', 'evening', 'overnight', 'midday', 'intraday', 'premarket', 'trading', 'trade', 'dealings',
]);

/**
 * Verbs of evidence that compromise reads as nouns or bare forms ("show", "found"): in the words before a level
 * they end what came before, so "Official figures show unemployment rose to 5%" names 'unemployment'.
 */
export const EVIDENCE_VERBS_BEFORE_HEAD: ReadonlySet<string> = new Set([
  'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated',
  'reveal', 'reveals', 'revealed', 'found', 'finds', 'confirm', 'confirms', 'confirmed',
]);

/**
 * Verbs of level whose subject names what a figure measures when nothing follows it ("Unemployment stood at 4.1%",
 * "Turnout was 67%", "the jobless rate of 5%"); multi-word ones are written with single spaces. Not heat-levels.ts
 * LEVEL_VERBS: those attach a figure after the verb; these read the subject before it.
 */
export const LEVEL_VERB_PHRASES: readonly string[] = [
  'stood at', 'was', 'were', 'is', 'are', 'rose to', 'fell to', 'climbed to', 'dropped to', 'eased to', 'reached', 'hit', 'totaled', 'totalled', 'of',
  // a level passed or held ("Temperatures topped 40C", "Delays averaged 47 minutes", "the rate remained at 3%")
  'topped', 'exceeded', 'surpassed', 'neared', 'averaged', 'stands at', 'remained at', 'remains at', 'held at', 'hovered at',
  'hovered around',
  // a price or a value set on a thing ("The deal is valued at $9 million", "a deal worth $9 million", "The painting
  // sold for $9 million", "Damage was estimated at $2 billion", "The scheme will cost £5m")
  'valued at', 'priced at', 'estimated at', 'put at', 'worth', 'sold for', 'fetched', 'cost', 'costs',
  // where a price or a total ends up ("Profits came in at $3 billion", "The pound was trading at $1.27", "Shares closed at $9",
  // "Wait times stand at 14 weeks")
  'came in at', 'came to', 'comes to', 'stand at', 'trading at', 'traded at', 'closed at', 'opened at', 'ended at', 'settled at',
  'finished at', 'peaked at',
  // the same after a modal, which is popped off the noun ("The fee could reach €80 million", "Losses may top $2 billion")
  'reach', 'reaches', 'top', 'tops', 'exceed', 'exceeds', 'total', 'totals',
];

/**
 * Agent verbs and particles that name a movement after a form of "be" ("Output has been cut by 40%", "Ridership is down
 * 22%", "Sales were up 4%"): what moved is named before them (without "be" they follow an agent or another verb).
 */
export const MOVEMENT_AFTER_BE: readonly string[] = ['up', 'down', 'cut', 'slashed', 'trimmed', 'reduced', 'lowered', 'raised', 'boosted'];

/**
 * Verbs of movement by a factor the qualifier lexicon leaves out ("The price has doubled to £2.40", "Output halved"):
 * what moved is named before them as before the others.
 */
export const FACTOR_VERBS: readonly string[] = ['doubled', 'tripled', 'trebled', 'quadrupled', 'halved'];

/**
 * Words between a verb and its figure that are part of neither ("Rents rose by an average of £120", "Prices hit a record
 * $9", "would cost an estimated $2 billion"): read past when looking for the verb before a figure.
 */
export const FILLERS_BEFORE_FIGURE: readonly string[] = [
  'an average of', 'a total of', 'a combined', 'a net', 'a record', 'a further', 'an additional', 'another', 'a whopping',
  'a staggering', 'a mere', 'an estimated', 'a reported', 'a rumoured', 'a rumored',
  // the article of a fraction ("fell by a fifth", when the figure is read without it)
  'a', 'an',
];

/**
 * Verbs of movement whose subject is an agent, not what moved ("Ames raised $5 million", "the firm cut 40 jobs"), and
 * "up"/"down", which follow another verb ("shot up 6 percent"): left out of the movement verbs a subject is read before.
 */
export const AGENT_VERBS: ReadonlySet<string> = new Set(['up', 'down', 'raised', 'boosted', 'cut', 'slashed', 'trimmed', 'reduced', 'lowered', 'added', 'adding', 'shed', 'shedding', 'lost', 'loses', 'losing', 'gained', 'gain', 'gains', 'gaining']);

/**
 * Prepositions that open a phrase after a head noun, before its verb: of place ("Sea levels in the region are rising",
 * "Prices at the pump fell") and of whom or what ("Vaccination rates among infants fell", "Exports to Tarvia rose",
 * "Spending by councils rose"). The head is the noun before them ("of" is read apart: "the number of cases rose").
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'across', 'near', 'around', 'outside', 'inside', 'throughout',
  'among', 'for', 'from', 'to', 'with', 'by', 'between', 'within', 'under', 'over',
]);

/** Adverbs between a noun and its verb ("Wait times now stand at 14 weeks", "Sales also rose 4%"): popped off the noun's end. */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(['now', 'still', 'already', 'currently', 'also', 'recently', 'again']);

/**
 * Verbs that raise their subject over an infinitive ("Output appears to have fallen 3%", "Prices seem to have risen",
 * "Fares are set to rise"): popped off the end of the words before the verb of movement, with the "to" after them.
 * Wider than non-speaker-subjects.ts RAISING_VERBS (seem/appear before a speech verb): forecasts and "set"/"due" too.
 */
export const RAISING_BEFORE_CHANGE: ReadonlySet<string> = new Set([
  'appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'continues', 'continue', 'continued', 'set', 'likely', 'due',
  'projected', 'forecast', 'tipped', 'poised', 'going',
]);
