// "according to" in its other sense, "in line with" or "depending on": the words that show it. The cue stage
// (cues/according-basis.ts) reads them around the phrase; a source named after it is read as a source only without them.

/**
 * Verbs that set things by a rule or a scale, right before the phrase: "fees vary according to income", "pupils are
 * sorted according to age", "the launch went according to plan". Their "according to" names the basis, not who says.
 */
export const BASIS_VERBS: readonly string[] = [
  'vary', 'varies', 'varied', 'varying', 'differ', 'differs', 'differed', 'differing',
  'sorted', 'ranked', 'grouped', 'divided', 'allocated', 'distributed', 'apportioned', 'assigned', 'classified',
  'arranged', 'graded', 'priced', 'taxed', 'weighted', 'adjusted', 'calculated', 'tailored', 'scaled', 'paid',
  'go', 'goes', 'went', 'going', 'gone', 'proceed', 'proceeds', 'proceeded', 'proceeding',
];

/**
 * Nouns that name a plan kept or a custom followed, bare after the phrase: "went according to plan", "ran according to
 * schedule", "buried according to custom". With a modifier or a determiner they may be documents that say something
 * ("according to plan documents filed on Monday", "according to the plan, 40 homes will be built"), so only bare.
 */
export const MANNER_NOUNS: readonly string[] = ['plan', 'schedule', 'script', 'form', 'custom', 'protocol', 'tradition'];
