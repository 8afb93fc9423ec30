// Nouns for groups of people that speak or vouch collectively ("police said", "health officials
// said", "analysts expect"). Plurals of person nouns (roles.ts and compromise's Actor nouns) count as groups too;
// these are the ones with no singular in those lists, or whose plural is irregular.
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police', 'officials', 'authorities', 'analysts', 'experts', 'economists', 'residents', 'lawmakers', 'legislators',
  'investigators', 'prosecutors', 'officers', 'troops', 'soldiers', 'militants', 'rebels', 'insurgents', 'protesters',
  'protestors', 'demonstrators', 'activists', 'critics', 'supporters', 'opponents', 'voters', 'observers', 'diplomats',
  'sources', 'people', 'witnesses', 'survivors', 'victims', 'families', 'relatives', 'parents', 'students', 'teachers',
  'doctors', 'nurses', 'scientists', 'researchers', 'medics', 'paramedics', 'firefighters', 'rescuers', 'workers',
  'employees', 'staff', 'executives', 'investors', 'traders', 'economists', 'strategists', 'pollsters', 'aides',
  'advisers', 'advisors', 'organizers', 'organisers', 'leaders', 'ministers', 'members', 'delegates', 'negotiators',
  'participants', 'respondents', 'americans', 'europeans', 'citizens', 'villagers', 'locals', 'farmers', 'campaigners',
  'commentators', 'historians', 'scholars', 'academics', 'specialists', 'insiders', 'regulators', 'senators',
  'representatives', 'governors', 'mayors', 'candidates', 'others', 'many', 'some', 'several', 'both', 'most',
  // audiences and the public, often the source of a reaction or a poll finding
  'viewers', 'audiences', 'readers', 'listeners', 'fans', 'customers', 'consumers', 'taxpayers', 'homeowners', 'users',
  'shoppers', 'callers', 'pundits', 'donors', 'backers', 'miners', 'immigrants', 'refugees', 'veterans',
  // a family speaks as one body in news of deaths, trials and accidents ("Mr Roe's family said", "the family said"),
  // and is "they" after
  'family',
  // forecasting trades whose singular no person-noun list holds; they speak as a body ("Forecasters expect rain")
  'forecasters', 'meteorologists', 'epidemiologists', 'bookmakers', 'modellers', 'modelers', 'seismologists',
  // working crews and trades that protest, warn or strike as one ("Fishing crews warned", "Dock crews say"), whose
  // singular no person-noun list holds
  'crews', 'fishermen', 'fishers', 'dockers', 'dockworkers', 'hauliers', 'truckers', 'growers', 'landlords', 'tenants',
  // states that speak as one in world news ("Several countries, including X, said", "the two nations agreed")
  'countries', 'nations',
]);

/**
 * Quantifiers that take part of a group with "of" ("both of the candidates", "some of her neighbours", "each of the
 * bidders"): the phrase is the group speaking, not the bare quantifier. Not "one"/"none" (one member, or nobody).
 */
export const PARTITIVE_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'all', 'both', 'few', 'each', 'half']);

/**
 * Quantifiers and determiners a group phrase may begin with ("some analysts", "many Democrats"). A bare quantifier
 * ("some said") is itself a group mention only when a cue follows; that is the attribution stage's call.
 */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set([
  'the', 'some', 'many', 'most', 'several', 'other', 'few', 'a few', 'all', 'both', 'two', 'three', 'four', 'five',
  'dozens', 'hundreds', 'thousands', 'these', 'those', 'such', 'more', 'fellow', 'no',
]);
