// Words that tie a figure to whoever vouches for it outside a quotation: "X data show",
// "a report by X", "X estimated", "according to X". The sources stage reads them in the
// figure's sentence; a study, agency or report named this way is an organisation source.
import { EVIDENCE_NOUN_WORDS } from './evidence-nouns.js';

/**
 * Nouns for a published body of numbers: "Census data show", "a report by the agency". The shared base list,
 * and the words only the sources stage reads as a voucher.
 */
export const EVIDENCE_NOUNS: readonly string[] = [
  ...EVIDENCE_NOUN_WORDS,
  // a number of someone's making, and where it stands ("official stats show", "the forecast puts ...")
  'stats', 'estimate', 'assessment', 'forecast', 'forecasts', 'index', 'model', 'filing',
  // papers a body puts out, whose figures it stands behind ("the company's disclosures show")
  'disclosures', 'announcements',
  // the written record of what someone said, the same class as the base list's 'emails' and 'memos': leak,
  // court and inquiry stories cite it ("text messages show", "internal communications suggest"). Audited: kept
  'communications', 'messages',
  // 'finding' is the singular of the base list's 'findings' ("the finding: ..."); a 'paper' is a study by
  // another name ("a paper by two economists found"), and 'papers' also court filings ("court papers show").
  // Audited: kept; a figure after "on paper" or "40 messages" is left alone (no evidence verb or frame)
  'finding', 'paper', 'papers',
  // not 'returns': "returns from the fund" is a gain, not a record the fund vouches for
];

/** Verbs by which evidence or an estimator puts a figure forward ("data show", "the agency estimated"). */
export const EVIDENCE_VERBS = [
  'show', 'shows', 'showed', 'shown', 'found', 'finds', 'find', 'suggest', 'suggests', 'suggested', 'indicate',
  'indicates', 'indicated', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'counted', 'counts',
  'calculated', 'calculates', 'projected', 'projects', 'forecast', 'forecasts', 'predicted', 'predicts',
  'revealed', 'reveals', 'recorded', 'records', 'tallied', 'confirmed', 'confirms',
  'released', 'published', 'compiled',
];

/** Verbs by which someone sets a running count ("the agency raised the death toll to 45", "officials put the cost at $3 million"). */
export const COUNT_SETTING_VERBS = [
  'raised', 'raises', 'raising', 'increased', 'increases', 'revised', 'revises', 'lowered', 'lowers', 'updated', 'updates',
  // not 'set', 'cut', 'lift': acts on a quantity ("cut costs to $3 million"), not a report of one
];

/**
 * Figures someone expects or aims for: theirs, whichever way they move them ("cut its forecast to $2.10 a share",
 * "raised its growth outlook to 2%", "kept its target at 40%"). Cutting a forecast is a report, not an act on costs.
 */
export const FORECAST_NOUNS = [
  'forecast', 'forecasts', 'guidance', 'outlook', 'projection', 'projections', 'estimate', 'estimates', 'target', 'targets',
  'expectation', 'expectations', 'prediction', 'predictions',
];

/** Verbs that move or keep such a figure (with the count-setting verbs). */
export const FORECAST_MOVING_VERBS = [
  ...COUNT_SETTING_VERBS, 'cut', 'cuts', 'cutting', 'lift', 'lifts', 'lifted', 'trimmed', 'trims', 'slashed', 'slashes',
  'boosted', 'boosts', 'narrowed', 'narrows', 'reaffirmed', 'reaffirms', 'maintained', 'maintains', 'kept', 'keeps',
  'reiterated', 'reiterates',
];

/**
 * Verbs by which someone puts a figure forward as what they reckon will be, in a relative clause with no pronoun whose
 * object is the figure ("below the $4.5 billion analysts had estimated", "the 3% the board assumed"): the figure is
 * theirs. Not verbs of wanting or asking ("the 12% rise it sought", "the $2 million the owner was asking"): a sum someone
 * wants is reported by whoever tells of it.
 */
export const RECKONING_VERBS = [
  'expect', 'expects', 'expected', 'expecting', 'estimate', 'estimates', 'estimated', 'estimating', 'forecast', 'forecasts',
  'forecasted', 'forecasting', 'predict', 'predicts', 'predicted', 'predicting', 'project', 'projects', 'projected',
  'projecting', 'anticipate', 'anticipates', 'anticipated', 'anticipating', 'calculate', 'calculates', 'calculated',
  'calculating', 'reckon', 'reckons', 'reckoned', 'assume', 'assumes', 'assumed', 'assuming',
];

/** Verbs by which someone puts any quantity "at" a figure: an estimate ("put his fortune at $2 billion", "pegged the rise at 4%"). */
export const VALUING_VERBS = ['put', 'puts', 'putting', 'placed', 'places', 'placing', 'pegged', 'pegs', 'pegging', 'estimated', 'estimates', 'estimating'];

/** The counts they set: put them "at" or raise them "to" a figure (a bill, a rate or a price set "to" a figure is an act, left out). */
export const COUNT_NOUNS = ['toll', 'count', 'number', 'figure', 'estimate', 'tally', 'total', 'cost', 'losses', 'damage', 'damages'];

/** The quantities someone puts "at" a figure as an estimate, the counts and a few more ("police put the crowd at 8,000",
 *  "put turnout at 64 percent"); a price or a time put "at" a figure is set, not estimated, and is left out. */
export const ESTIMATED_QUANTITIES = [...COUNT_NOUNS, 'crowd', 'crowds', 'turnout', 'bill', 'value', 'shortfall', 'deficit', 'size', 'chance', 'chances', 'odds', 'support'];

/** Present participles by which a report or survey puts figures forward ("a report released Tuesday suggesting that ..."). */
export const EVIDENCE_PARTICIPLES = ['showing', 'suggesting', 'indicating', 'finding', 'estimating', 'projecting', 'revealing', 'confirming'];

/** Second-hand adverbs: the writer relays unnamed reports ("the plant is reportedly set to close"). */
export const SECOND_HAND = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'is said to', 'are said to', 'were said to', 'was said to',
  'is reported to', 'are reported to', 'were reported to', 'was reported to',
  // the reduced relative: "a fee said to be £30 million", "a bid reported to be worth $2 billion"
  'said to be', 'reported to be',
];

/** Credit lines that end (or open) an article: "(AP)", "(AFP)", "— Reuters". Short capitalised names only. */
export const CREDIT_LINE = /^[ \t]*(?:\(([A-Z][A-Za-z.&' -]{0,30})\)|[—–-][ \t]*([A-Z][A-Za-z.&' -]{0,30}))[ \t]*$/;
// the dateline may carry a date: "OSLO, May 3 (AP) —"
export const DATELINE_CREDIT = /^[A-Z][A-Za-z0-9 .,'-]{0,40}[ \t]\(([A-Z][A-Za-z.&' -]{0,20})\)[ \t]*[—–-]/;
