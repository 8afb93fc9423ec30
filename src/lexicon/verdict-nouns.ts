// The writer's verdict on an act, put in a phrase beside the report of it: ", in a move that ...", ", in a blow to ...",
// ", in a surprise decision,", ", in what ...". It says what the writer makes of the act, so it is no part of what was
// said: content-before.ts ends a content before the frame at it, content-start-adverbials.ts starts one after it.

/** Nouns of a verdict on an act after "in a" ("in a move", "in a bold step", "in a U-turn"). */
export const VERDICT_NOUNS: readonly string[] = [
  'move', 'sign', 'step', 'blow', 'boost', 'bid', 'decision', 'reversal', 'setback', 'rebuke', 'shift', 'u-turn',
  'turnaround', 'departure',
];

/** "in what" or "in a" and at most one modifier and a verdict noun, as a regex piece (a space must follow). */
export const VERDICT_ON_ACT = String.raw`in\s+(?:what|an?\s+(?:[\p{Ll}-]+\s+)?(?:${VERDICT_NOUNS.join('|')}))(?=\s)`;
