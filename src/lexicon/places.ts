// Clues that a capitalised run names a place, for the many towns and regions no lexicon lists ("Quillford",
// "San Teodoro", "Tarnby, Ohio"). Places are not speakers, and a town taken for a surname would steal pronouns.

/** First words of place names ("Los Alamos", "Fort Worth", "Port Elizabeth"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  'san', 'santa', 'santo', 'são', 'los', 'las', 'st', 'saint', 'sainte', 'fort', 'port', 'mount', 'lake', 'east', 'west',
  'north', 'south', 'upper', 'lower', 'greater', 'new',
]);

/** Abbreviations of "County" written before the county's name in Irish and British English ("Co Westmeath", "Co.
 *  Durham"): a place, though "Co" after a name is a company's suffix ("Acme Co"). */
export const COUNTY_PREFIXES: ReadonlySet<string> = new Set(['co', 'co.']);

/** Last words of place names ("Quebec City", "Orange County", "Vancouver Island", "Near East"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'city', 'county', 'island', 'islands', 'valley', 'beach', 'springs', 'heights', 'falls', 'bay', 'river', 'hills',
  'village', 'township', 'parish', 'province', 'district', 'region', 'oblast', 'street', 'avenue', 'square', 'boulevard',
  'road', 'bridge', 'airport', 'east', 'west', 'coast', 'peninsula', 'mountains', 'desert', 'harbor', 'harbour',
  // buildings and venues, often named after a person or a firm ("Roe Tower", "Acme Plaza"): without these the
  // owner's name would read as a person present at the scene
  'tower', 'towers', 'plaza', 'hall', 'stadium', 'arena',
]);

/**
 * Last words of the places that govern themselves and speak through their government as a country does ("Ardmore
 * County said", "Pell Township announced", "Lafourche Parish warned"): a subset of PLACE_SUFFIXES. Not "city" or
 * "district" ("Mexico City", "the Lake District" are far more often where something happened than who said it).
 */
export const GOVERNED_PLACE_SUFFIXES: ReadonlySet<string> = new Set(['county', 'township', 'parish', 'borough']);

/** Regions that news names without a country ("the Balkans", "the Sahel"). */
export const REGIONS: ReadonlySet<string> = new Set([
  'midwest', 'middle east', 'near east', 'far east', 'balkans', 'caucasus', 'sahel', 'maghreb', 'levant', 'gulf',
  'west bank', 'gaza strip', 'gaza', 'silicon valley', 'wall street', 'capitol hill', 'main street', 'deep south',
  'sun belt', 'rust belt', 'bible belt', 'new england', 'pacific northwest', 'southwest', 'northeast', 'southeast', 'northwest',
]);

/** US state abbreviations in AP style, which follow a town after a comma ("Tarnby, Mich."). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c',
  's.d', 'tenn', 'tex', 'va', 'vt', 'wash', 'w.va', 'wis', 'wyo', 'd.c',
]);

/** The US states AP style spells out in full, never abbreviated ("R-Ohio", "Boise, Idaho"). */
export const UNABBREVIATED_STATES: ReadonlySet<string> = new Set(['alaska', 'hawaii', 'idaho', 'iowa', 'maine', 'ohio', 'texas', 'utah']);

/** The party letters of an AP party-state tag after a US lawmaker's name ("Sen. Ada Brill, D-Ore.,"): Democrat, Republican, independent. */
export const PARTY_LETTERS: ReadonlySet<string> = new Set(['d', 'r', 'i']);

/** Prepositions after which a lone capitalised word is a place far more often than a person ("in Quillford"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'near', 'across', 'throughout', 'outside', 'inside', 'around']);

/** Last words of names of events, laws, shows and eras: not speakers ("Memorial Day", "Clean Rivers Act"). */
export const NOT_SPEAKER_SUFFIXES: ReadonlySet<string> = new Set([
  'day', 'act', 'law', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'war', 'era', 'plan', 'program',
  'programme', 'show', 'series', 'awards', 'games', 'cup', 'olympics', 'festival', 'prize', 'week', 'month', 'year',
  'summit', 'debate', 'primary', 'caucuses', 'election', 'elections', 'doctrine',
]);

/**
 * Kind words of the places that speak through their government when named as "the <kind> of <Place>" ("the city of
 * Belmar said", "the town of Ashwell announced", "the state of Orland sued"): the phrase is the body, not the place
 * word after "of" (mentions/governed-places.ts). "region" and "area" are left out: "the region of Velm" names no
 * government that speaks.
 */
export const GOVERNED_PLACE_KINDS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'borough', 'township', 'county', 'parish', 'municipality', 'state', 'province',
]);
