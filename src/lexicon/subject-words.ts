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
  // verbs in -s that are no plural noun, which compromise tags like "boats" and "shares" (kept as nouns after a number):
  // the clause's verb ("a third of the budget goes on pay", "the 1.5-litre engine produces 150bhp")
  'goes', 'comes', 'gets', 'gives', 'becomes', 'seems', 'produces', 'includes', 'contains', 'provides', 'requires',
  'appears', 'belongs', 'exists', 'happens',
]);

/** Particles of phrasal verbs: one word in -ed between a figure and one of them is the clause's verb ("Dozens turned
 * out", "Hundreds showed up", "Forty walked away"), not what the figure counts. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'away', 'back']);

/** Adjectives and participles news writes after a count as the people it counts ("14 dead", "30 injured", "pulled
 * six wounded out", "left 200 homeless"): right after a count they name what it counts, though read alone they are
 * adjectives (which name nothing counted: "90 percent complete") or verbs before a particle ("Dozens turned out"). */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'displaced', 'homeless', 'stranded', 'trapped', 'evacuated',
  'infected', 'unemployed',
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

/** Periods that end a phrase after "in" saying when, not what money is for ("$3 million in the fiscal year", "in the first half"). */
export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'quarter', 'quarters', 'half', 'decade', 'period', 'season', 'term',
]);

/**
 * Prepositions that open a phrase after a head noun, before its verb: of place ("Sea levels in the region are rising",
 * "Prices at the pump fell") and of whom or what ("Vaccination rates among infants fell", "Exports to Tarvia rose",
 * "Spending by councils rose"). The head is the noun before them ("of" is read apart: "the number of cases rose").
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'across', 'near', 'around', 'outside', 'inside', 'throughout',
  'among', 'for', 'from', 'to', 'with', 'by', 'between', 'within', 'under', 'over',
]);

/**
 * Nouns of a whole whose size a count after their "of" gives ("The population of 8.9 million is growing", "a crowd of
 * 40,000 watched"): with no plural noun after the count, the whole is what it counts ("a crowd of 40,000 fans" counts fans).
 */
export const WHOLE_NOUNS: ReadonlySet<string> = new Set([
  'population', 'populations', 'crowd', 'crowds', 'workforce', 'staff', 'membership', 'audience', 'attendance',
  'electorate', 'enrolment', 'enrollment', 'readership', 'viewership', 'fleet', 'herd', 'flock', 'army', 'garrison',
  'congregation', 'headcount', 'capacity',
]);
