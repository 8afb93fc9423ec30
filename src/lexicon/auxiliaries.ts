// The finite auxiliaries and modals: a word of these right after a subject shows that a clause has its own verb
// ("said the money, expected to total a million, would pay for ...", "told investors the firm was sold").

/** Finite forms of be, have and do, and the modals, in the order the patterns have always listed them. */
export const FINITE_AUXILIARIES: readonly string[] = [
  'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'do',
];

/** The forms of "be": a linking verb before an adjective ("were surprised") or a passive's auxiliary ("was told"). */
export const BE_FORMS: readonly string[] = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** The same as a regex alternation (each form is a whole word, so the order does not change what it matches). */
export const FINITE_AUXILIARY = FINITE_AUXILIARIES.join('|');
