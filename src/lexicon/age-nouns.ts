// Person nouns the figures stage reads an age after ("The patient, 81, died", "a boy, 7, was rescued"):
// figures/age-apposition.ts.

/**
 * Nouns that name a young child, or a person of any age (a victim, a patient): a number under ten set off after them
 * can be an age ("The toddler, 3, was found safe"). After other roles it is a count or a shirt number ("The referee, 2").
 */
export const ANY_AGE_PERSONS: ReadonlySet<string> = new Set([
  'child', 'boy', 'girl', 'baby', 'infant', 'toddler', 'newborn', 'kid', 'youngster', 'son', 'daughter', 'grandson',
  'granddaughter', 'grandchild', 'brother', 'sister', 'sibling', 'twin', 'nephew', 'niece', 'cousin', 'pupil',
  'schoolboy', 'schoolgirl', 'victim', 'patient', 'survivor', 'passenger', 'pedestrian', 'person', 'resident',
]);

/**
 * Person nouns that PERSON_ROLES leaves out because another reading is commoner elsewhere (an adjective: "patient",
 * "academic", "pedestrian"; a participle: "accused", "deceased"), and "inmate", which compromise does not know: right
 * before an apposition's comma, after a determiner, a noun must stand, so they name a person there.
 */
export const APPOSITION_PERSONS: ReadonlySet<string> = new Set([
  'patient', 'academic', 'pedestrian', 'accused', 'deceased', 'inmate', 'juvenile',
]);
