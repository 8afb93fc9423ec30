// Bodies no reporter calls "the company": a later "the company" or "the firm" is another party, not them
// ("Jobless claims fell, the Tarn Labour Office said. The company reported ..." speaks of a firm, not the office).

/** Heads that name a business, which a public or member body does not fit loosely (lexicon/organisation-heads LOOSE_HEADS). */
export const COMMERCIAL_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation']);

/** Kind words of a body's name that make it no business: government and its offices, courts, police and armed forces,
 *  parties and campaigns, unions and leagues of members, schools, universities and hospitals. Not 'service', 'trust',
 *  'bank', 'exchange' or 'institute', which close many firms' names too. Legislatures ("parliament", "senate",
 *  "congress") are lexicon/organisations INSTITUTIONS, which speakers/roles.ts reads beside this list. */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'bureau', 'office', 'administration', 'commission', 'committee', 'council',
  'assembly', 'cabinet', 'government', 'court', 'tribunal', 'authority',
  'directorate', 'secretariat', 'police', 'army', 'navy', 'embassy', 'consulate',
  'party', 'campaign', 'union', 'league', 'federation', 'association', 'foundation', 'church',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic',
]);
