// The things whose presence as the object makes a speech verb a deed ("posted a 3-1 win", "attacked a guard with a
// knife", "backed the van into the gate"): one word group per sense, read by cues/act-objects.ts into the pattern of
// the lemma it names. Entries are regular-expression alternatives (an entry may carry its plural ending, "goals?"),
// joined with '|' there. People as objects: deed-people.ts; the things of crime, policing, courts
// and illness: deed-objects-force.ts.

/** A bearing shown: "showed no emotion", "showed great courage" (nobody's finding). */
export const SHOWN_BEARINGS: readonly string[] = [
  'emotion', 'reaction', 'remorse', 'restraint', 'mercy', 'courage', 'composure', 'patience', 'resilience', 'grit', 'class',
  'character', 'form', 'promise', 'flashes', 'glimpses', 'leadership', 'fight',
];
/** Scoring units, as the object of "add": "added a second goal", "added 40 points" (scoring, not saying). */
export const SCORING_UNITS: readonly string[] = [
  'second', 'third', 'fourth', 'fifth', 'goal', 'goals', 'point', 'points', 'run', 'runs', 'try', 'tries', 'basket', 'touchdown',
];
/** Points given away or a contest given up, as the object of "concede": "conceded two goals", "conceded the race". */
export const CONCEDED_CONTESTS: readonly string[] = [
  'goals?', 'penalt(?:y|ies)', 'tries', 'try', 'runs', 'corners?', 'free\\s+kicks?', 'equali[sz]er', 'race', 'election',
  'contest', 'primary', 'nomination', 'defeat',
];
/**
 * Elections and races given up, as the object of "concede" with modifiers before them: "conceded the party's council
 * primary", "concedes mayoral race" (a loss accepted, no admission).
 */
export const CONCEDED_RACES: readonly string[] = [
  'race', 'election', 'contest', 'primary', 'nomination', 'runoff', 'run-off', 'seat', 'caucus(?:es)?', 'by-election',
];
/** Prizes and places won, as the object of "claim": "claimed the trophy", "claimed the lives of" (taking, not asserting). */
export const CLAIMED_PRIZES: readonly string[] = [
  'prize', 'title', 'trophy', 'crown', 'medal', 'cup', 'seat', 'lives', 'life', 'jackpot', 'spot', 'place', 'win', 'pole',
  'record', 'championship', 'throne', 'match\\s+ball', 'points?', 'scalp', 'honours', 'honors',
  'goal', 'hat-trick', 'podium',
];
/** Results recorded, as the object of "post": "posted a 3-1 win", "posted record profits" (a result, not a post). */
export const POSTED_RESULTS: readonly string[] = [
  'win', 'wins', 'victory', 'victories', 'loss', 'losses', 'defeat', 'draw', 'profits?', 'deficits?', 'surplus', 'gains?',
  'declines?', 'drops?', 'rises?', 'growth', 'earnings', 'revenues?', 'sales', 'results', 'quarter', 'year', 'times?',
  'scores?', 'records?', 'lead', 'shutout', 'century', 'best',
];
/** Pictures shared, as the object of "post": "posted a video of the parade" (no claim in it). */
export const POSTED_PICTURES: readonly string[] = [
  'photos?', 'photographs?', 'pictures?', 'images?', 'selfies?', 'videos?', 'clips?', 'footage', 'memes?', 'gifs?',
];
/** A place in a contest, as the object of "confirm": "confirmed its place in the final" (securing a standing). */
export const CONFIRMED_STANDINGS: readonly string[] = [
  'place', 'spot', 'berth', 'qualification', 'promotion', 'passage', 'progress', 'survival', 'status',
];
/** One's own record, as the object of "confirm": "confirmed her identity" (checking it, not a statement). */
export const CONFIRMED_RECORDS: readonly string[] = [
  'status', 'identity', 'registration', 'address', 'attendance', 'booking', 'reservation', 'eligibility', 'details',
];
/** What is kept up, as the object of "maintain": "maintains a fleet of", "maintained a narrow lead" (not a claim held). */
export const MAINTAINED_THINGS: readonly string[] = [
  'lead', 'program', 'programme', 'presence', 'ties', 'contacts?', 'control', 'offices?', 'homes?', 'records?', 'accounts?',
  'database', 'website', 'fleet', 'staff', 'relationships?', 'relations', 'network', 'momentum', 'pace', 'edge', 'majority',
  'grip', 'hold', 'clout', 'balance', 'order', 'distance', 'levels?', 'standards?', 'ownership', 'links',
];
/** A transaction settled, as the object of "agree": "have agreed a fee with" (not a view shared). */
export const AGREED_DEALS: readonly string[] = [
  'fee', 'fees', 'deal', 'deals', 'terms', 'price', 'prices', 'contract', 'contracts', 'settlement', 'sale', 'purchase',
  'loan', 'transfer', 'merger', 'takeover', 'lease', 'package', 'budget',
];
/** Hardship borne, as the object of "feel": "felt the brunt of", "feel the pinch" (not a view held). */
export const FELT_HARDSHIPS: readonly string[] = [
  'pinch', 'heat', 'squeeze', 'brunt', 'strain', 'effects?', 'impact', 'pain', 'chill', 'cold', 'force',
];
/** An office or a burden taken on, as the object of "assume": "assumed office", "assumed the role of" (not supposing). */
export const ASSUMED_OFFICES: readonly string[] = [
  'office', 'post', 'role', 'power', 'powers', 'command', 'control', 'presidency', 'leadership', 'duties', 'position',
  'mantle', 'responsibility', 'responsibilities', 'chair', 'throne', 'helm', 'seat', 'title', 'style', 'identity', 'name',
  'debts?', 'risks?', 'costs?', 'liabilities', 'ownership', 'custody',
];
/** An event broken off, as the object of "interrupt": "hecklers interrupted his speech" (a disruption, not a remark). */
export const INTERRUPTED_EVENTS: readonly string[] = [
  'speech', 'remarks', 'address', 'event', 'rally', 'meeting', 'session', 'proceedings', 'broadcast', 'ceremony', 'service',
  'hearing', 'programming', 'game', 'match', 'play', 'vote', 'count', 'supply', 'supplies', 'flights?', 'traffic', 'sleep',
];
/** Records written into, after "noted ... on/in": "noted the time on a chart" (a record, not a remark). */
export const RECORD_BOOKS: readonly string[] = [
  'chart', 'log', 'logbook', 'notebook', 'diary', 'ledger', 'register', 'record', 'form', 'sheet', 'pad', 'margin', 'file',
  'spreadsheet',
];
/** Figures or records set side by side, as the object of "compare": "compared the figures" (not a judgement). */
export const COMPARED_DATA: readonly string[] = [
  'data', 'figures', 'numbers', 'records', 'results', 'notes', 'prices', 'lists', 'samples', 'rates', 'scores', 'files',
];
/** Limbs, as the object of "favour": "favoured her left leg after the fall" (sparing a limb, not preferring). */
export const LIMBS: readonly string[] = ['leg', 'arm', 'knee', 'ankle', 'foot', 'side', 'shoulder', 'hip', 'hand', 'wrist'];
/** Vehicles, as the object of "back": "backed the van into the gate" (reversing, not a stance). */
export const VEHICLES: readonly string[] = [
  'car', 'van', 'truck', 'lorry', 'bus', 'vehicle', 'trailer', 'boat', 'tractor', 'pickup', 'jeep',
];
/** What a device or program handles, as the object of "support": "the phone supports wireless charging". */
export const DEVICE_FEATURES: readonly string[] = [
  'charging', 'formats?', 'resolutions?', 'streaming', 'bluetooth', 'wi-?fi', '5g', 'usb(?:-c)?', 'hdr', 'apps', 'devices',
  'languages', 'codecs?', 'browsers', 'platforms', 'file\\s+types', 'payments?\\s+by',
];
/** Goods and envoys called back, as the object of "recall": "recalled a batch of eye drops", "recalled its ambassador". */
export const RECALLED_GOODS: readonly string[] = [
  'products?', 'cars', 'vehicles', 'models', 'trucks', 'suvs', 'devices', 'phones', 'laptops', 'batteries', 'chargers', 'toys',
  'cots', 'drugs', 'pills', 'tablets', 'medicines?', 'vaccines?', 'drops', 'inhalers', 'food', 'meat', 'beef', 'pork',
  'chicken', 'eggs', 'lettuce', 'salad', 'cheese', 'milk', 'formula', 'nuts', 'ambassadors?', 'envoys?', 'diplomats',
];
/** Reasons a product is called back, after "recalled over/due to/amid": "kettles recalled over a wiring fault". */
export const RECALL_DEFECTS: readonly string[] = [
  'contamination', 'contaminated', 'defects?', 'defective', 'faults?', 'faulty', 'salmonella', 'listeria', 'bacteria',
  'allergens?', 'undeclared', 'mislabell?ing', 'safety', 'choking', 'fire', 'overheating',
];
/** Works an author makes, as the object of "write" or "publish": "wrote fourteen novels", "published two memoirs". */
export const WRITTEN_WORKS: readonly string[] = [
  'novels?', 'novellas?', 'books?', 'cookbooks?', 'textbooks?', 'plays?', 'poems?', 'poetry', 'sonnets?', 'songs?', 'hymns?',
  'lyrics', 'memoirs?', 'biograph(?:y|ies)', 'screenplays?', 'scripts?', 'scores?', 'music', 'operas?', 'symphon(?:y|ies)',
  'musicals?', 'albums?', 'thrillers?', 'trilog(?:y|ies)', 'sitcoms?', 'episodes?',
];
/** What is done again, as the object of "repeat": "repeated the test three times", "repeated the feat" (not words). */
export const REPEATED_TRIALS: readonly string[] = [
  'tests?', 'experiments?', 'exercise', 'procedure', 'process', 'feat', 'trick', 'performance', 'success', 'win', 'victory',
  'triumph', 'mistakes?', 'errors?', 'year', 'grade', 'class', 'course', 'dose', 'scans?', 'trial', 'measurements?',
];
/** What is kept or watched, as the object of "observe": "observed a minute's silence", "observed the comet". */
export const OBSERVED_RITES: readonly string[] = [
  'silence', 'eclipse', 'comet', 'planet', 'stars?', 'moon', 'galaxy', 'galaxies', 'sabbath', 'holiday', 'fast',
  'ceasefire', 'truce', 'speed\\s+limit', 'curfew', 'rules?', 'tradition', 'ritual',
];
/** A reply in play, after "answered with": "answered with a string of fine saves", "answered with two late goals". */
export const SPORTING_REPLIES: readonly string[] = [
  'goals?', 'saves', 'try', 'tries', 'century', 'hat-trick', 'double', 'equali[sz]er', 'wins?', 'victory', 'runs', 'points',
  'wickets', 'birdies', 'knockout', 'touchdowns?', 'baskets',
];
/** What a champion or a side holds and keeps, after "defend": "defended her title in Doha", "defended a 1-0 lead" (a contest, not a case argued). */
export const DEFENDED_TITLES: readonly string[] = [
  'titles?', 'crown', 'championship', 'belt', 'trophy', 'cup', 'seat', 'lead', 'majority', 'advantage',
];
/** Occasions kept, after "celebrate": "celebrated its 100th anniversary", "celebrates her birthday" (a party, no stance on anything). */
export const CELEBRATED_OCCASIONS: readonly string[] = [
  'anniversary', 'birthday', 'jubilee', 'centenary', 'centennial', 'bicentenary', 'bicentennial', 'wedding', 'homecoming',
];
