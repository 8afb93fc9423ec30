// Nouns that name an organisation by its kind ("the company", "the newspaper", "the club", "her office"), with the name
// words each fits: a description like "the company said" is resolved to the named body it refers back to (speakers/roles.ts,
// speakers/owned.ts). The words that mark a capitalised run as an organisation are organisations.ts.
import { BODY_KIND_HEADS } from './body-kinds.js';
import { SPORTS_CLUB_WORDS } from './organisations.js';

/** Nouns that name an organisation by its kind ("the company", "the newspaper"), with the name words that fit them. */
export const ORGANIZATION_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['company', ['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'company', 'corporation', 'holdings', 'industries', 'technologies']],
  ['firm', ['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'company', 'partners', 'associates', 'capital', 'bank']],
  ['corporation', ['corp', 'corporation', 'inc']],
  ['newspaper', ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'news', 'daily', 'telegraph', 'guardian', 'observer', 'globe', 'star', 'sun', 'mail', 'express', 'independent']],
  ['paper', ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'news', 'daily', 'telegraph', 'guardian']],
  ['broadcaster', ['news', 'broadcasting', 'television', 'radio', 'tv', 'network']],
  ['network', ['news', 'network', 'broadcasting', 'television', 'tv']],
  ['outlet', ['news', 'times', 'post', 'journal', 'herald', 'tribune', 'network']],
  ['agency', ['agency', 'administration', 'bureau', 'service', 'office', 'commission', 'authority']],
  ['ministry', ['ministry']],
  ['department', ['department']],
  ['bank', ['bank']],
  ['university', ['university', 'college']],
  // schools and hospitals speak through their heads and statements ("the school said", "local hospitals warned")
  ['school', ['school', 'academy', 'college']], ['hospital', ['hospital', 'clinic', 'infirmary']],
  ['institute', ['institute', 'institution']],
  // research labs speak like institutes ("the lab said", "a study by the lab"), fitting names that end in a lab word
  ['lab', ['lab', 'labs', 'laboratory', 'laboratories']],
  ['group', ['group', 'association', 'coalition', 'alliance', 'foundation', 'council', 'committee', 'union', 'league', 'network']],
  ['organization', []], ['organisation', []],
  ['campaign', ['campaign']],
  ['party', ['party']],
  // sports clubs, named by a club word or a town and a team word ("Tarnby Rovers", "Ashby Athletic FC")
  ['club', ['club', ...SPORTS_CLUB_WORDS]],
  // "Premier League side Dunmore City", "the side": British sports news names a team by "side" as by "club"
  ['side', ['club', ...SPORTS_CLUB_WORDS]],
  ['committee', ['committee']],
  ['commission', ['commission']],
  ['court', ['court']],
  ['government', ['government', 'administration', 'ministry']],
  ['administration', ['administration']],
  ['union', ['union']],
  ['board', ['board']],
  // regulators and disciplinary bodies named by their kind ("the authority found", "the panel said", "the tribunal ruled")
  ['authority', ['authority']], ['panel', ['panel']], ['tribunal', ['tribunal']],
  ['council', ['council']],
  // bodies of members named by their kind word, which ends their name ("the Kestrel Pilots Association ... the
  // association said", "the Ostby Chess League ... the league")
  ['association', ['association']], ['league', ['league']],
  ['alliance', ['alliance']], ['coalition', ['coalition']], ['foundation', ['foundation']], ['society', ['society']],
  ['guild', ['guild']], ['chamber', ['chamber']], ['cooperative', ['cooperative', 'co-op']],
  // local governments named by their kind ("the city said the bridge would reopen", "the county sued"): the body that
  // governs the place, fitting a council or office with that word in its name ("Marlow City Council", "the town of
  // Ashwell"); not "state" (also the nation's government and "the State Department") nor "province"
  ['city', ['city']], ['county', ['county']], ['town', ['town']], ['village', ['village']], ['township', ['township']],
  ['borough', ['borough']], ['municipality', ['municipality']],
  ['army', ['army', 'forces', 'military']],
  ['military', ['army', 'forces', 'military', 'navy']],
  // trades and kinds of body that news names an organisation by ("Threshold, the housing charity,", "the airline
  // Skyvale said"), with the name words that fit them. Not "journal" (a word in outlets' own names, "the Tarnby
  // Journal", so a "medical journal" description would shadow the named one) nor "nonprofit" (mostly an adjective:
  // "the nonprofit group")
  ['charity', ['trust', 'foundation', 'fund', 'charity', 'appeal']],
  ['airline', ['airlines', 'airways', 'air']], ['carrier', ['airlines', 'airways', 'air', 'rail', 'railways']],
  ['lender', ['bank', 'bancorp', 'financial']], ['insurer', ['insurance', 'assurance']], ['retailer', ['stores', 'retail']],
  ['supermarket', ['stores']], ['chain', ['stores']], ['consultancy', ['partners', 'associates', 'consulting']],
  ['manufacturer', ['motors', 'industries', 'manufacturing']], ['utility', ['energy', 'water', 'power', 'utilities']],
  // makers named by what they make, as business news names a firm ("Carmaker Voltra said", "the drugmaker's shares"):
  // firms only, unlike "producer", "developer" or "miner", which name people as often
  ['carmaker', ['motors', 'motor', 'auto', 'automotive', 'cars']], ['automaker', ['motors', 'motor', 'auto', 'automotive', 'cars']],
  ['chipmaker', ['semiconductor', 'semiconductors', 'micro', 'microsystems', 'chips']],
  ['drugmaker', ['pharma', 'pharmaceutical', 'pharmaceuticals', 'therapeutics', 'biotech', 'laboratories', 'labs']],
  ['steelmaker', ['steel', 'steelworks']], ['planemaker', ['aerospace', 'aviation', 'aircraft']],
  ['shipbuilder', ['shipyards', 'shipbuilding', 'marine']], ['housebuilder', ['homes', 'housing']], ['homebuilder', ['homes', 'housing']],
  ['refiner', ['refining', 'petroleum', 'oil']],
  // documents that "say", "show" or "read": sources in their own right, never resolved to an organisation
  ['report', []], ['study', []], ['survey', []], ['poll', []], ['statement', []], ['analysis', []], ['review', []],
  ['article', []], ['letter', []], ['ad', []], ['advertisement', []], ['ruling', []], ['transcript', []], ['memo', []],
  ['email', []], ['emails', []], ['documents', []], ['disclosures', []], ['filings', []], ['records', []], ['polls', []],
  ['tabloid', ['post', 'news', 'daily', 'mail', 'sun', 'star', 'mirror']], ['magazine', ['magazine', 'review', 'weekly']],
  // the kind words that end a body's name, each fitting the names that carry it (lexicon/body-kinds.ts)
  ...BODY_KIND_HEADS.map((w): [string, string[]] => [w, [w]]),
  ['website', []], ['site', []], ['lawsuit', []], ['complaint', []], ['indictment', []], ['filing', []], ['data', []],
]);

/** Heads vague enough to fit any organisation that is not a country or a news outlet ("the company" for "Acme"). */
export const LOOSE_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'corporation']);
/** Words in a news outlet's name ("the Daily Tribune"): an outlet is no loose fit for "the company". */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(['times', 'post', 'journal', 'news', 'herald', 'tribune', 'gazette', 'daily', 'press', 'magazine']);

/** Organisations that belong to a person, a party or a country and are named after them ("the Roe campaign", "her
 *  office", "Norland's cabinet", "Ostria's delegation"): one entity per owner and kind (speakers/owned.ts). */
export const OWNED_HEADS: ReadonlySet<string> = new Set([
  'campaign', 'administration', 'team', 'office', 'staff', 'government', 'cabinet', 'delegation', 'embassy', 'consulate',
]);
