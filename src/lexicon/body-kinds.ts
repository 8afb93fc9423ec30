// Kind words that end a body's name and, after "the", stand for that body later in the article: "the Norby Water
// Trust ... the trust said", "the Tarnby Cycling Federation ... the federation". Each heads a description that fits
// an organisation whose name carries the word (merged into ORGANIZATION_HEADS). Only bodies that issue statements;
// not words that mostly name something else after "the" ("the front", "the project", "the service", "the office"
// of a title, "the conference" as an event).

export const BODY_KIND_HEADS: readonly string[] = [
  // members' and trade bodies
  'trust', 'fund', 'federation', 'confederation', 'syndicate', 'collective', 'forum', 'caucus', 'church',
  // government bodies and missions abroad
  'bureau', 'directorate', 'secretariat', 'embassy', 'consulate', 'delegation', 'cabinet', 'assembly',
  // veterans' bodies and military units
  'legion', 'brigade', 'battalion', 'regiment',
  // schools, clinics and research bodies
  'academy', 'college', 'clinic', 'laboratory', 'observatory',
  // public institutions that speak through statements like any body ("the museum said the loan was extended", "the
  // prison said the inmate was in hospital", "the diocese said it would pay")
  'museum', 'library', 'gallery', 'zoo', 'prison', 'orchestra', 'diocese',
];

/** Plurals of kind words that mostly name something else: "froze the funds" is money, not a group of funds that
 *  speaks (mentions/description-words.ts reads other plural kind words as groups: "the unions said"). */
export const PLURALS_NOT_BODIES: ReadonlySet<string> = new Set(['funds']);
