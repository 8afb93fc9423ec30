// The people (and the help, kin and places phoned) whose presence as the object makes a speech verb a deed
// ("questioned three men", "welcomed the visitors", "called the police"): one word group per sense, read by
// cues/act-objects.ts into the pattern of the lemma it names. Entries are regular-expression alternatives (an entry
// may carry its plural ending, "suspects?"), joined with '|' there. Things as objects: deed-objects.ts.

/**
 * People held or met as suspects or witnesses, as the object of "question": "questioned three men", "questioned the
 * driver for two hours" (an interrogation, no doubt voiced).
 */
export const QUESTIONED_PEOPLE_NOUNS: readonly string[] = [
  'men', 'man', 'women', 'woman', 'suspects?', 'witness(?:es)?', 'drivers?', 'teenagers?', 'boys?', 'girls?', 'youths?',
  'passengers', 'neighbou?rs', 'detainees', 'prisoners', 'migrants', 'guards?', 'staff', 'employees', 'workers', 'residents',
];
/** People let in, as the object of "admit": "the hospital admitted 40 patients" (letting in, not a confession). */
export const ADMITTED_PEOPLE: readonly string[] = [
  'patients', 'students', 'pupils', 'members', 'refugees', 'migrants', 'inmates', 'prisoners', 'children', 'women', 'men',
  'girls', 'boys', 'players', 'applicants', 'visitors',
];
/**
 * People, and a newborn, as the object of "welcome" ("welcomed the visitors", "welcomed several dozen delegates",
 * "welcomed a baby daughter"): greeting people or a birth, not approving a claim or a decision ("welcomed the
 * ruling" stays a cue). Read after an optional determiner or count and up to two words.
 */
export const WELCOMED_PEOPLE_NOUNS: readonly string[] = [
  'visitors', 'guests', 'fans', 'crowd', 'crowds', 'delegates', 'delegation', 'delegations', 'tourists', 'players',
  'students', 'pupils', 'newcomers', 'arrivals', 'refugees', 'migrants', 'participants', 'audience', 'audiences',
  'spectators', 'attendees', 'passengers', 'customers', 'shoppers', 'families', 'children', 'recruits',
  'volunteers', 'pilgrims', 'worshippers', 'runners', 'riders',
  // a birth: "welcomed a baby daughter", "welcomed twins"
  'baby', 'babies', 'daughter', 'son', 'twins',
];
/** A crowd or its applause, as the object of "acknowledge": "acknowledged the crowd with a wave" (a gesture). */
export const APPLAUDING: readonly string[] = ['crowds?', 'fans', 'audience', 'applause', 'cheers', 'ovation', 'supporters'];
/** An audience shown something, as the object of "show": "showed the jury a photo" (displaying, not a finding). */
export const SHOWN_AUDIENCES: readonly string[] = [
  'jury', 'jurors', 'court', 'judge', 'reporters', 'journalists', 'audience', 'crowd', 'visitors', 'viewers', 'cameras',
];
/** Help summoned, as the object of "call": "neighbors called police", "called an ambulance" (no words reported). */
export const EMERGENCY_HELP: readonly string[] = [
  'police', 'cops', '911', '999', '112', 'an?\\s+ambulance', 'fire\\s+(?:department|brigade|crews)', 'firefighters',
  'paramedics', 'emergency\\s+services', 'a\\s+(?:taxi|cab|tow\\s+truck)',
];
/** Kin and helpers phoned, after "call his/her ...": "called his mother every day" (a phone call, no words reported). */
export const CALLED_KIN: readonly string[] = [
  'mother', 'father', 'mum', 'mom', 'dad', 'parents', 'wife', 'husband', 'partner', 'son', 'daughter', 'sister', 'brother',
  'family', 'girlfriend', 'boyfriend', 'lawyer', 'doctor',
];
/** Places phoned, after "called the ...": "called the bank to complain". */
export const CALLED_PLACES: readonly string[] = [
  'shop', 'store', 'bank', 'hotline', 'helpline', 'hospital', 'clinic', 'school', 'station', 'front\\s+desk',
];
/** Ranks and posts risen to, after "promoted to": "was promoted to captain" (a rise in rank, not a stance voiced). */
export const RANKS: readonly string[] = [
  'captain', 'sergeant', 'lieutenant', 'colonel', 'general', 'major', 'manager', 'director', 'chief', 'head', 'partner',
  'editor', 'coach', 'minister', 'vice', 'deputy', 'detective', 'inspector', 'superintendent',
];
/** People menaced, as the bare object of "threaten": "the pair threatened staff and fled" (menacing, not a threat voiced). */
export const MENACED_PEOPLE: readonly string[] = [
  'staff', 'workers', 'employees', 'customers', 'shoppers', 'cashiers?', 'clerks?', 'guards?', 'officers?', 'passers-by',
  'pedestrians', 'passengers', 'drivers?', 'residents', 'neighbou?rs', 'victims?', 'pupils', 'teachers', 'nurses', 'doctors',
  'paramedics', 'tellers?', 'attendants?',
];
/** People raised in rank, as the object of "promote": "promoted two regional managers" (a promotion, not a stance). */
export const PROMOTED_STAFF: readonly string[] = [
  'managers', 'officers', 'staff', 'employees', 'players', 'workers', 'deputies', 'aides', 'executives', 'directors',
  'officials', 'coaches', 'editors', 'women', 'men',
];
/** Company to celebrate with: "celebrated with the fans after the whistle" (a party, no stance on anything). */
export const CELEBRATING_COMPANY: readonly string[] = [
  'fans', 'family', 'friends', 'teammates', 'team-mates', 'supporters', 'crowds?', 'players', 'squad', 'staff', 'colleagues',
  'relatives', 'volunteers', 'champagne', 'fireworks',
];
/**
 * People a body or a professional serves, as the object of "advise" or "support" in a relative clause that says what it
 * does ("a charity that advises people struggling with bills", "who advises small businesses on exports", "which
 * supports families of fishermen"): a service described, no view voiced.
 */
export const SERVED_PEOPLE: readonly string[] = [
  'people', 'persons', 'famil(?:y|ies)', 'parents', 'children', 'kids', 'youngsters', 'teenagers', 'adults', 'patients',
  'carers', 'caregivers', 'victims', 'survivors', 'refugees', 'migrants', 'asylum\\s+seekers', 'tenants', 'renters',
  'residents', 'homeowners', 'households', 'veterans', 'pensioners', 'retirees', 'students', 'pupils', 'clients',
  'customers', 'consumers', 'businesses', 'firms', 'companies', 'start-ups', 'startups', 'entrepreneurs', 'farmers',
  'growers', 'fishermen', 'workers', 'employees', 'jobseekers', 'job\\s+seekers', 'women', 'men', 'girls', 'boys',
  'mothers', 'fathers', 'widows', 'orphans', 'prisoners', 'inmates', 'borrowers', 'debtors', 'investors', 'charities',
  'communities', 'schools',
];
