// Feelings held toward something, after "be" (or "grow", "get", "become", "remain"): "voters were outraged by the
// ruling", "the owner is thrilled with the result", "staff are unhappy with the plan". Annotated news counts
// a feeling and what it is about as an attribution, like "fears" or "welcomes" (cues/adjectives.ts).

/**
 * Participles of feeling that name their cause after "by" or "with" as well as after "about", "over", "at"
 * or "that". Left out: forms whose "by" is as often a plain passive's agent ("was troubled by injuries",
 * "was disturbed by builders", "efforts frustrated by rain", "the champion was upset by a qualifier", "was
 * encouraged by the school"), and "stunned" (a team "stunned by a late goal" reports a score).
 */
export const FEELINGS_BY_OR_WITH: readonly string[] = [
  'outraged', 'dismayed', 'irritated', 'annoyed', 'angered', 'alarmed', 'startled', 'thrilled', 'delighted', 'pleased',
  'displeased', 'satisfied', 'dissatisfied', 'impressed', 'unimpressed', 'disappointed', 'appalled', 'horrified',
  'offended', 'agitated', 'heartened', 'infuriated', 'incensed', 'saddened',
];

/**
 * Feelings whose "by" is as often a sporting result's agent as a cause held, like "upset" and "stunned" above ("the
 * champions were surprised by a second-division side", "were shocked by a late equaliser", "were embarrassed by the
 * leaders"): their cause only after "about", "over", "at" or "that" ("was surprised that the fund had grown").
 */
export const FEELINGS_ABOUT: readonly string[] = ['surprised', 'shocked', 'embarrassed'];

/** Feelings that name their cause after "with" (not "by"): "is angry with the board", "was happy with the deal". */
// ("furious with the referee", "livid about the fares", "irate over the delays": anger held at its cause, in every beat)
export const FEELINGS_WITH: readonly string[] = ['happy', 'unhappy', 'angry', 'upset', 'frustrated', 'furious', 'livid', 'irate'];

/**
 * Worries held about a prospect, only with "about", "over", "that" or "whether" after them: "investors are nervous about
 * the vote", "growers were anxious that the rain would not come", "staff are uneasy over the merger". Alone ("the horse
 * was nervous") or before "to" ("anxious to leave", an intention) or "at" ("nervous at the start") they hold no view.
 */
export const WORRIES_ABOUT: readonly string[] = ['nervous', 'anxious', 'uneasy', 'apprehensive', 'jittery'];

/**
 * Beliefs and worries held about a clause ("is confident that", "remains convinced the plan will work", "were worried
 * that"): the predicate adjectives of belief read after "be" (cues/adjectives.ts, with a few more of its own) and after
 * "and" or a comma with no "be" of their own (cues/adjectives-coordinated.ts, with "nervous" and "anxious").
 */
export const BELIEF_ADJECTIVES: readonly string[] = [
  'confident', 'convinced', 'sure', 'certain', 'adamant', 'optimistic', 'pessimistic', 'hopeful', 'worried', 'concerned',
  'fearful', 'afraid',
];

/**
 * Outlooks held on a prospect, only with what they are about after "about", "on" or "over": "shop owners were upbeat about
 * the season", "fund managers are bullish on mining shares", "is gloomy about the outlook" (markets, business and sport
 * report a mood so; "the mood was upbeat", "a gloomy day" hold nothing).
 */
export const OUTLOOK_ADJECTIVES: readonly string[] = ['upbeat', 'downbeat', 'bullish', 'bearish', 'gloomy'];

/**
 * Common nouns of a whole people or a body that may be "divided", "split" or "torn" on a question, beside the person,
 * group and body nouns the mention lexicons know: "public opinion is divided over whether", "the town is split on how",
 * "the jury was torn about which" (cues/adjectives.ts; "the seats are divided on how many" are things cut in parts).
 */
export const SPLIT_VIEW_HOLDERS: ReadonlySet<string> = new Set(['opinion', 'public', 'country', 'nation', 'jury', 'team', 'town', 'village']);
