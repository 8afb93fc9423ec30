// Verbs and the words around them that the figures stage reads BEFORE a figure with no noun after it, to name what it
// measures from the noun before the verb ("Unemployment stood at 4.1%", "Revenue rose 27%"; subject-before.ts). The
// words read after a figure are in subject-words.ts.
import { HEDGES } from './hedges.js';

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
  'valued at', 'priced at', 'estimated at', 'put at', 'worth', 'sold for', 'sells for', 'sell for', 'fetched', 'cost', 'costs',
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
 * Adverbs between a noun and its verb ("Wait times now stand at 14 weeks", "Sales also rose 4%"): popped off the noun's end.
 * The hedge adverbs too ("The pier reportedly cost $9m", "The bid was allegedly worth $2m"): the hedge is the sources stage's.
 */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set([
  'now', 'still', 'already', 'currently', 'also', 'recently', 'again', ...HEDGES.filter((h) => /^\p{Ll}+ly$/u.test(h)),
]);

/** The nouns of a level reached, after an article ("a two-year high of", "a record low of", "its peak of"): no subject. */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(['high', 'highs', 'low', 'lows', 'peak']);

/**
 * Adjectives after "the" that point back to a noun said before ("The latter rose 5%", "The new was priced at $30",
 * "the same was true"): they stand for a head, they are none. With LEVEL_NOUNS, no subject after "the".
 */
export const NO_HEAD_AFTER_THE: ReadonlySet<string> = new Set([
  ...LEVEL_NOUNS, 'latter', 'former', 'new', 'old', 'same', 'other', 'first', 'last', 'next', 'previous', 'latest', 'following',
]);

/** The verbs that reach such a level with no object of their own ("Copper hit a high of", "Shares touched a low of"). */
export const REACHING_VERBS: ReadonlySet<string> = new Set(['hit', 'hits', 'reached', 'reaches', 'touched', 'touches', 'neared', 'nears', 'struck', 'plumbed']);

/**
 * Verbs that raise their subject over an infinitive ("Output appears to have fallen 3%", "Prices seem to have risen",
 * "Fares are set to rise"): popped off the end of the words before the verb of movement, with the "to" after them.
 * Wider than non-speaker-subjects.ts RAISING_VERBS (seem/appear before a speech verb): forecasts and "set"/"due" too.
 */
export const RAISING_BEFORE_CHANGE: ReadonlySet<string> = new Set([
  'appears', 'appear', 'appeared', 'seems', 'seem', 'seemed', 'continues', 'continue', 'continued', 'set', 'likely', 'due',
  'projected', 'forecast', 'tipped', 'poised', 'going',
  // the passives of report, a hedge the sources stage records ("Exports are said to have fallen", "is thought to have risen")
  'said', 'thought', 'believed', 'reported', 'understood', 'alleged', 'estimated', 'feared',
]);

/**
 * The verbs of LEVEL_VERB_PHRASES that a count may follow with no noun after it ("Crowds averaged 48,000", "The toll
 * stood at 40"): a total passed, held or averaged. Not "was", "hit", "of" or "cost", which have other readings before a
 * bare count ("He was 40", "a man of 60").
 */
export const COUNT_LEVEL_VERBS: readonly string[] = [
  'stood at', 'stands at', 'stand at', 'topped', 'top', 'tops', 'exceeded', 'exceed', 'exceeds', 'surpassed', 'neared',
  'averaged', 'totaled', 'totalled', 'total', 'totals', 'reached', 'reach', 'reaches', 'peaked at', 'remained at', 'remains at',
  'hovered at', 'hovered around', 'came to', 'comes to',
];

/**
 * Verbs whose OBJECT is what a figure after "by", "to" or "at" measures ("The firm cut prices by 5%", "raised the fee to
 * $40", "Analysts put the cost at $2bn", "The bank held rates at 4%"): the agent before them is no subject.
 */
export const OBJECT_CHANGE_VERBS: readonly string[] = [
  'cut', 'cuts', 'cutting', 'raised', 'raise', 'raises', 'raising', 'reduced', 'reduce', 'reduces', 'reducing', 'lowered',
  'lower', 'lowers', 'lowering', 'boosted', 'boost', 'boosts', 'slashed', 'slash', 'slashes', 'trimmed', 'trim', 'trims',
  'increased', 'increase', 'increases', 'lifted', 'lift', 'lifts', 'hiked', 'hike', 'hikes', 'curbed', 'curb', 'curbs',
];
/** The same, setting a level "at" a figure. */
export const OBJECT_LEVEL_VERBS: readonly string[] = [
  'put', 'puts', 'putting', 'pegged', 'pegs', 'estimated', 'estimates', 'valued', 'values', 'set', 'sets', 'priced',
  'capped', 'caps', 'held', 'holds', 'kept', 'keeps', 'left', 'leaves', 'fixed', 'fixes',
];

/** Verbs of spending: the money after them is "on" what it buys ("will spend £2m on buses", "invested $5bn on new lines"). */
export const SPENDING_VERBS: readonly string[] = [
  'spend', 'spends', 'spent', 'spending', 'invest', 'invests', 'invested', 'investing', 'splash', 'splashed', 'lavished', 'wasted',
];
