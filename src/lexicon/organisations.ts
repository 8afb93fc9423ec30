// Words that mark a capitalised run as an organisation, not a person ("Ministry of Defense", "Acme Corp",
// "the Daily Tribune"). compromise's orgWords (model().two.orgWords) are added to these in mentions/words.ts.
// The nouns that name an organisation by its kind ("the company", "the club") and the names they fit are
// organisation-heads.ts.

/** Sports clubs, named by a word no surname is ("Tarnby Rovers", "Ashby Athletic", "Dunmore Wanderers FC"); "the
 *  club" refers back to them (ORGANIZATION_HEADS, organisation-heads.ts). */
export const SPORTS_CLUB_WORDS: readonly string[] = ['rangers', 'rovers', 'wanderers', 'athletic', 'albion', 'fc', 'afc'];
/** Nouns a sports club is named by, which may stand before a club named after its town ("Premier League side Tarnby
 *  City", "the club Ashby Town"): the town's name there is the club's. */
export const CLUB_HEADS: ReadonlySet<string> = new Set(['club', 'side']);

/** The kind word of an organisation's name, usually its last word or its first before "of". */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  // government
  'ministry', 'department', 'agency', 'bureau', 'office', 'administration', 'commission', 'committee', 'council',
  'parliament', 'assembly', 'senate', 'congress', 'cabinet', 'government', 'court', 'tribunal', 'authority',
  'directorate', 'secretariat', 'service', 'services', 'police', 'forces', 'force', 'army', 'navy', 'guard', 'command',
  'embassy', 'consulate', 'mission', 'delegation',
  // politics and society
  'party', 'campaign', 'coalition', 'alliance', 'union', 'federation', 'confederation', 'league', 'association',
  'society', 'foundation', 'fund', 'trust', 'institute', 'institution', 'center', 'centre', 'council', 'movement',
  'front', 'caucus', 'network', 'project', 'initiative', 'organization', 'organisation', 'group', 'club', 'church',
  'convention', 'conference', 'chamber', 'bar',
  // bodies of members named by what they are ("the Kettle Doctors' Forum", "the Dock Workers' Guild")
  'forum', 'guild', 'syndicate', 'collective',
  // charities and volunteer services named by the help they give ("Harbour Aid", "Famine Relief", "Fell Rescue",
  // "Water Watch"): no person's surname is one of these words after a name
  'aid', 'relief', 'rescue', 'watch',
  // veterans' bodies and military units, which issue statements as organisations ("the Norland Legion said")
  'legion', 'brigade', 'battalion', 'regiment', 'division', 'squad',
  // education and research
  'university', 'college', 'school', 'academy', 'lab', 'laboratory', 'laboratories', 'observatory', 'hospital', 'clinic',
  // public institutions, which no surname ends ("Ostby Library", "Velm Zoo", "the Harbour Gallery")
  'museum', 'library', 'gallery', 'zoo', 'prison', 'orchestra', 'diocese',
  // business (with the legal suffixes that end company names)
  'company', 'corporation', 'corp', 'inc', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'holdings', 'industries',
  'bank', 'airlines', 'airways', 'motors', 'technologies', 'systems', 'partners', 'capital', 'group', 'media',
  'pharmaceuticals', 'energy', 'exchange', 'reserve',
  // the trade a company names itself by, closing its name ("Acme Robotics said", "Norby Rail said", "Tull Foods"):
  // plural or sector nouns no person's surname is made of, so a two-word run ending in one is a firm
  'robotics', 'rail', 'railway', 'railways', 'foods', 'labs', 'metals', 'minerals', 'mining', 'shipping', 'logistics',
  'therapeutics', 'biosciences', 'biotech', 'pharma', 'chemicals', 'electronics', 'semiconductors', 'software',
  'networks', 'telecom', 'telecoms', 'communications', 'insurance', 'investments', 'ventures', 'securities',
  'resources', 'petroleum', 'utilities', 'brewery', 'breweries', 'aerospace', 'automotive', 'airport',
  'bancorp', 'trading', 'consulting', 'engineering', 'construction', 'developments', 'properties', 'studios',
  'research', 'music', 'transit', 'entertainment', 'analytics', 'solutions', 'pictures', 'films', 'publishing',
  // sports clubs
  ...SPORTS_CLUB_WORDS,
  // public bodies named by what they are ("the Consumer Water Panel", "the Nordic Cancer Registry")
  'panel', 'registry', 'board', 'inspectorate',
  // news outlets: the words newspaper and broadcaster names end with
  'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'news', 'daily', 'telegraph', 'guardian',
  'observer', 'globe', 'examiner', 'inquirer', 'courier', 'press', 'review', 'magazine', 'broadcasting', 'television',
  'radio', 'wire', 'agency', 'reuters', 'bloomberg', 'ledger', 'bulletin', 'dispatch', 'sentinel',
]);

/** Single-word institutions that the suffix rule cannot see and a person-name rule would take for a surname. */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'pentagon', 'kremlin', 'congress', 'parliament', 'senate', 'vatican', 'knesset', 'duma', 'bundestag', 'politburo',
  'interpol', 'europol', 'nato', 'opec', 'unicef', 'unesco', 'eurostat', 'treasury', 'state department', 'white house',
  'downing street', 'elysee', 'élysée', 'quai d’orsay', 'supreme court', 'fed', 'federal reserve', 'scotus',
]);

/** Capitalised words that name a political camp's members: groups, not persons ("Democrats said"). */
export const GROUP_PROPER_NOUNS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'tories', 'socialists', 'communists', 'greens',
  'progressives', 'libertarians', 'independents', 'separatists', 'loyalists', 'royalists', 'nationalists', 'unionists',
  'taliban', 'houthis', 'islamists',
]);

/** Legal suffixes a company's name may carry or drop ("Orlen Foods Inc." and "Orlen Foods" are one firm). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'plc', 'corp', 'co', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'limited', 'incorporated']);

/**
 * Kind words of bodies usually named after their town or region ("Tarnby Council", "the Ashby Chamber of Trade",
 * "Quillford University"): the name's first word alone is then the place, not a short form of the body.
 */
export const PLACE_NAMED_BODIES: ReadonlySet<string> = new Set([
  'council', 'chamber', 'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'police', 'court',
  'tribunal', 'board', 'authority', 'assembly', 'parliament', 'government', 'administration', 'county', 'city',
  'museum', 'library', 'cathedral', 'church', 'diocese', 'club', 'observatory', 'airport', 'port', 'harbour',
  'harbor', 'trust', 'service', 'services', 'district', 'borough', 'region', 'province',
]);
