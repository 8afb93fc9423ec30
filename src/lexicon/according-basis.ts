// "according to" in its other sense, "in line with" or "depending on": the words that show it. The cue stage
// (cues/according-basis.ts) reads them around the phrase; a source named after it is read as a source only without them.

/**
 * Verbs of varying, right before the phrase or after an adverb of degree: "fees vary according to income", "rents differ
 * widely according to the district". Their "according to" names what they vary with, not who says.
 */
export const VARIATION_VERBS: readonly string[] = ['vary', 'varies', 'varied', 'varying', 'differ', 'differs', 'differed', 'differing'];

/**
 * Participles that set things by a rule or a scale, right before the phrase: "pupils are sorted according to age",
 * "fees are priced according to income". Not after an adverb: "deeply divided", "poorly paid" describe a state someone
 * reports ("The party is deeply divided according to a new poll"). Not "go" or "proceed": "The talks went well according
 * to two diplomats" reports; their plan sense comes with a plan noun (MANNER_NOUNS: "went according to plan").
 */
export const BASIS_PARTICIPLES: readonly string[] = [
  'sorted', 'ranked', 'grouped', 'divided', 'allocated', 'distributed', 'apportioned', 'assigned', 'classified',
  'arranged', 'graded', 'priced', 'taxed', 'weighted', 'adjusted', 'calculated', 'tailored', 'scaled', 'paid',
];

/**
 * Nouns that name a plan kept or a custom followed, bare after the phrase: "went according to plan", "ran according to
 * schedule", "buried according to custom". With a modifier or a determiner they may be documents that say something
 * ("according to plan documents filed on Monday", "according to the plan, 40 homes will be built"), so only bare.
 */
export const MANNER_NOUNS: readonly string[] = ['plan', 'schedule', 'script', 'form', 'custom', 'protocol', 'tradition'];
