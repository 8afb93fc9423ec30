// Evidence nouns: a poll, a study, a filing or a set of records, the things that "show", "find" or
// "suggest" in news ("the survey shows", "county records show", "a report by the agency"). Two stages
// read them: the cue stage, to tell the verb "shows" after such a noun from the noun "shows", and the
// sources stage, to name the evidence that vouches for a figure. One base list serves both; each
// stage adds the few words only it needs, in its own lexicon file.

/** The base list, singular and plural, since news writes both ("a poll shows", "polls show"). */
export const EVIDENCE_NOUN_WORDS: readonly string[] = [
  // asking people: what they answered is the finding
  'poll', 'polls', 'polling', 'survey', 'surveys',
  // studies and reports a body publishes under its own name
  'study', 'studies', 'report', 'reports', 'analysis', 'research', 'review', 'audit', 'census',
  // bodies of numbers, whoever compiled them
  'data', 'figures', 'numbers', 'statistics', 'estimates', 'projections', 'count', 'tally',
  // papers that record what happened ("court records show", "the emails show")
  'records', 'documents', 'filing', 'filings', 'emails', 'memo', 'memos',
  // more plurals of the above ("two audits found")
  'analyses', 'reviews', 'audits', 'models',
  // what an inquiry or a test comes up with ("the investigation found", "results show", "tests showed")
  'results', 'tests', 'evidence', 'findings', 'investigation', 'probe', 'inquiry',
];
