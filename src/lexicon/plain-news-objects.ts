// Objects that make a speech verb a deed in everyday wire copy (sport, council, product news): read by
// cues/acts-plain-news.ts (REPORTED_RESULTS by cues/acts-results.ts), each list after the verb it follows. Regex
// fragments, matched whole-word.

/**
 * What a player or an official points at on the field or in the ground, after "pointed to": "the referee pointed
 * to the spot", "pointed to the sky after scoring" (a gesture, nothing pointed out).
 */
export const POINTED_PLACES: readonly string[] = [
  'spot', 'penalty\\s+spot', 'centre\\s+circle', 'center\\s+circle', 'corner\\s+flag', 'halfway\\s+line', 'sky', 'skies',
  'heavens', 'stands', 'crowd', 'scoreboard', 'badge', 'crest', 'bench', 'dugout', 'touchline',
];

/**
 * What a board, a council or a court takes up, after "consider": "will consider the 2027 budget", "considered
 * three bids" (a matter on the agenda, no view held). A complement after it is a judgement and keeps the cue.
 */
export const DELIBERATED_ITEMS: readonly string[] = [
  'budgets?', 'bills?', 'applications?', 'requests?', 'appeals?', 'bids?', 'offers?', 'motions?', 'amendments?',
  'petitions?', 'options', 'tenders?', 'agenda', 'nominations?', 'candidates', 'matter', 'item', 'case', 'cases',
];

/**
 * An instrument tabled, after "propose": "proposed a budget for 2030", "proposed an amendment to the bylaws", "is proposing
 * changes to the bus routes" (moving a motion or tabling a draft, a body's act; "proposed that ...", "proposed to ..." and
 * "proposed raising fares" keep the cue, and so does a clause after the noun: "proposed the fee be scrapped"). A policy put
 * forward ("proposed a ban on ...", "proposed a tax cut", "proposed a plan to ...") is a position someone takes, and stays.
 */
export const PROPOSED_MEASURES: readonly string[] = [
  'budgets?', 'bills?', 'laws?', 'amendments?', 'motions?', 'resolutions?', 'ordinances?', 'bylaws?', 'by-laws?',
  'regulations?', 'rules?', 'changes?', 'reviews?', 'measures?', 'package', 'timetable', 'pilot',
];

/**
 * A company's results, after "report": "reported a net loss of 40 million euros", "reported record sales for the half"
 * (figures filed, the firm's act, like "posted record profits"; "reported that sales fell" and "reported sales fell"
 * keep the cue).
 */
export const REPORTED_RESULTS: readonly string[] = [
  'revenues?', 'profits?', 'earnings', 'sales', 'income', 'loss', 'losses', 'turnover', 'margins?',
];

/**
 * What a cinema, a channel or a club screens, after "show": "the arts centre has shown cartoons every Saturday", "will show
 * the last episode" (a screening, nobody's finding; "the film shows how ..." is the subject, "showed the film was cut" a clause).
 */
export const SHOWN_SCREENINGS: readonly string[] = [
  'films?', 'movies?', 'cartoons?', 'documentar(?:y|ies)', 'episodes?', 'matinees?', 'musicals?', 'screenings?',
  'reruns?', 'trailers?', 'premieres?',
];

/**
 * What a side finds in play, after "find": "could not find an equaliser", "found the net twice" (a goal looked for,
 * no finding reported).
 */
export const FOUND_IN_PLAY: readonly string[] = [
  'equali[sz]er', 'winner', 'net', 'back\\s+of\\s+the\\s+net', 'target', 'range', 'rhythm', 'breakthrough', 'opener',
  'top\\s+corner', 'bottom\\s+corner',
];

/**
 * Parts of a product, a building or a network, after "add": "the update adds a dark mode", "added a second lane",
 * "adds a new route" (a thing built in, no words added).
 */
export const ADDED_PARTS: readonly string[] = [
  'mode', 'features?', 'button', 'settings?', 'options?', 'cameras?', 'screens?', 'lanes?', 'floors?', 'storeys?', 'stories',
  'wings?', 'rooms?', 'routes?', 'flights?', 'stops?', 'stations?', 'platforms?', 'carriages?', 'beds?', 'seats', 'shifts?',
];

/** Media a state runs, after the adjective "state": "told state television", "state media reported" (no verb "state"). */
export const STATE_MEDIA: readonly string[] = [
  'television', 'tv', 'media', 'radio', 'broadcaster', 'news', 'press', 'newspapers?', 'outlets?', 'agency', 'channels?',
];

/** A crowd after a participle that describes it: "in front of cheering supporters" (an adjective, no one cheering a view). */
export const CROWD_NOUNS: readonly string[] = [
  'crowds?', 'fans', 'supporters', 'spectators', 'onlookers', 'people', 'students', 'children', 'residents', 'workers',
];

/** Titles whose department follows "of": "director of planning", "head of marketing" (the -ing word is the department). */
export const DEPARTMENT_HEADS: readonly string[] = [
  'director', 'head', 'chief', 'manager', 'dean', 'president', 'professor', 'minister', 'secretary', 'officer', 'editor',
];

/**
 * What police, fire and ambulance crews respond to, after "responded to": "officers responded to a call about a fire",
 * "crews responded to a crash on the ring road" (turning out for an emergency, no words answered).
 */
export const EMERGENCY_EVENTS: readonly string[] = [
  'calls?', '999\\s+calls?', '911\\s+calls?', 'alarms?', 'emergenc(?:y|ies)', 'incidents?', 'scene', 'fires?', 'blazes?',
  'crash(?:es)?', 'collisions?', 'accidents?', 'shootings?', 'stabbings?', 'break-ins?', 'burglar(?:y|ies)', 'disturbances?',
  'reports\\s+of\\s+(?:a|an)', 'callouts?', 'call-outs?',
];

/** Who interrogates suspects, before "questioned": "detectives questioned two men about the raid" (no doubt voiced). */
export const INTERROGATORS: readonly string[] = [
  'police', 'detectives', 'officers', 'investigators', 'agents', 'deputies', 'troopers', 'constables', 'police\\s+officers',
];
