// Hedges: words by which the writer keeps a distance from a figure ("reportedly", "it is
// believed", "an estimated"). A fact-checker reads them as "nobody here vouches for this".
// The sources stage looks for them in the figure's clause, nearest first.

/** Adverbs and phrases that distance the writer; matched case-insensitively on word boundaries. */
export const HEDGES: string[] = [
  // reporting at second hand
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'rumoured', 'rumored',
  'is said to', 'are said to', 'was said to', 'were said to', 'is reported to', 'are reported to',
  'was reported to', 'were reported to', 'is thought to', 'are thought to', 'is believed to', 'are believed to',
  'is alleged to', 'are alleged to', 'is estimated to', 'are estimated to', 'is understood to',
  // impersonal belief
  'it is believed', 'it is thought', 'it is estimated', 'it is understood', 'it is alleged', 'it is reported',
  'it is said', 'it was believed', 'it was estimated', 'it was reported',
  // a reduced relative with nobody saying it (", said to be worth $2 billion,"), and how a thing looks to the writer
  'said to be', 'reported to be', 'appears to be', 'appear to be', 'appeared to be', 'seems to be', 'seem to be',
  'seemed to be',
  // estimates and guesses
  // (not "as many as", "as much as", "as high as": they bound the figure, and its qualifier already says so, at-most;
  // they take no distance from it: "the ferry carried as many as 400 a day")
  'an estimated', 'estimated', 'estimates suggest', 'believed to be', 'thought to be', 'possibly', 'perhaps',
  'probably', 'potentially', 'could be', 'may have', 'might have',
  'unconfirmed', 'unverified', 'claimed',
];

/**
 * Hedges that qualify the figure right after them ("an estimated 3,000", "estimated at $2 million", "said to be worth
 * $2 billion", "appears to be 300 metres"), never one before or further on ("seemed to be rowing toward a 40-year-old hulk").
 */
export const HEDGE_PREMODIFIERS = [
  'an estimated', 'estimated', 'said to be', 'reported to be', 'appears to be', 'appear to be', 'appeared to be',
  'seems to be', 'seem to be', 'seemed to be',
];

/** What follows a hedge's words when they are no hedge: "may have to leave" (obligation), "could be possible". */
export const NOT_HEDGE_AFTER = /^[ \t\u00a0]+(?:possible|necessary|needed|ever|before|usual|anyone|anybody|they|he|she|we|you|I|it|to)(?![\p{L}])/u;
