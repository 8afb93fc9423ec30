// Hedges: words by which the writer keeps a distance from a figure ("reportedly", "it is
// believed", "an estimated"). A fact-checker reads them as "nobody here vouches for this".
// The sources stage looks for them in the figure's clause, nearest first.

/**
 * Second-hand adjectives after an article, qualifying the figure right after them ("paid a reported £45m", "an alleged
 * $3 million bribe", "a rumoured 200 jobs"): they bind only to a figure that follows with nothing but blanks between.
 */
export const HEDGE_ATTRIBUTIVE = [
  'a reported', 'a rumoured', 'a rumored', 'a purported', 'an alleged', 'a suspected', 'a claimed', 'an unconfirmed',
  'an unverified', 'a supposed',
];

/** Adverbs and phrases that distance the writer; matched case-insensitively on word boundaries. */
export const HEDGES: string[] = [
  // reporting at second hand
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'reputedly', 'rumoured', 'rumored',
  'is said to', 'are said to', 'was said to', 'were said to', 'is reported to', 'are reported to',
  'was reported to', 'were reported to', 'is thought to', 'are thought to', 'is believed to', 'are believed to',
  'is alleged to', 'are alleged to', 'is estimated to', 'are estimated to', 'is understood to',
  // the same in the past ("the fire was thought to have destroyed 40 homes")
  'was thought to', 'were thought to', 'was believed to', 'were believed to', 'was alleged to', 'were alleged to',
  'was estimated to', 'were estimated to', 'are understood to', 'was understood to',
  // a toll nobody has confirmed ("14 people are feared dead", "40 are feared to have drowned")
  'is feared', 'are feared', 'was feared', 'were feared',
  // impersonal belief
  'it is believed', 'it is thought', 'it is estimated', 'it is understood', 'it is alleged', 'it is reported',
  'it is said', 'it was believed', 'it was estimated', 'it was reported',
  'it is feared', 'it was feared', 'it is claimed', 'it was claimed', 'it is suspected', 'it was thought', 'it was said',
  'it was alleged', 'it was understood',
  // how a thing looks to the writer, without a source ("the blast apparently killed 30")
  'apparently', 'seemingly', 'presumably',
  // a reduced relative with nobody saying it (", said to be worth $2 billion,"), and how a thing looks to the writer
  'said to be', 'reported to be', 'appears to be', 'appear to be', 'appeared to be', 'seems to be', 'seem to be',
  'seemed to be',
  // estimates and guesses
  // (not "as many as", "as much as", "as high as": they bound the figure, and its qualifier already says so, at-most;
  // they take no distance from it: "the ferry carried as many as 400 a day")
  'an estimated', 'estimated', 'estimates suggest', 'believed to be', 'thought to be', 'possibly', 'perhaps',
  'probably', 'potentially', 'could be', 'may have', 'might have',
  'unconfirmed', 'unverified', 'claimed',
  // a likelihood the writer gives on a verb ("the repairs will likely cost $2 billion"); not "is likely to", which as often
  // follows the figure in another clause ("in nine days, just one is likely to finish"), nor "likely" alone ("likely voters")
  'will likely', 'would likely',
];

/**
 * Hedges that qualify the figure right after them ("an estimated 3,000", "estimated at $2 million", "said to be worth
 * $2 billion", "appears to be 300 metres"), never one before or further on ("seemed to be rowing toward a 40-year-old hulk").
 */
export const HEDGE_PREMODIFIERS = [
  'an estimated', 'estimated', 'said to be', 'reported to be', 'appears to be', 'appear to be', 'appeared to be',
  'seems to be', 'seem to be', 'seemed to be',
];

/**
 * What "claimed" takes when it means "took", no claim ("the storm claimed 12 lives", "her party claimed 40 seats",
 * "claimed a third title"): the object, after at most an article, a number and one word.
 */
export const CLAIMED_TAKES = /^[ \t\u00a0]+(?:(?:a|an|the|its|their|his|her|another)[ \t\u00a0]+)?(?:[\p{N}.,]+[ \t\u00a0]+|\p{L}+[ \t\u00a0]+){0,2}(?:li(?:fe|ves)|victims?|seats?|titles?|medals?|trophy|trophies|prizes?|crowns?|wickets?|delegates?|scalps?|wins?|victory|victories|stages?|points?|gold|silver|bronze|pole|places?|spots?|berths?)(?![\p{L}])/u;

/** What follows a hedge's words when they are no hedge: "may have to leave" (obligation), "could be possible". */
export const NOT_HEDGE_AFTER = /^[ \t\u00a0]+(?:possible|necessary|needed|ever|before|usual|anyone|anybody|they|he|she|we|you|I|it|to)(?![\p{L}])/u;

/**
 * The verbs of belief a parenthetical hedge is made of between commas, in each form it takes there ("the pier, I think,
 * is safe", "the pass, they believe, will close"): inside a report it qualifies the clause, no attribution of its own
 * (quotes/hedge-aside.ts).
 */
export const BELIEF_FORMS: readonly string[] = ['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'suspect', 'suspects', 'suspected',
  'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected', 'assume', 'assumes', 'assumed',
  'suppose', 'supposes', 'guess', 'reckon', 'reckons', 'feel', 'feels', 'felt', 'gather', 'understand', 'imagine'];
