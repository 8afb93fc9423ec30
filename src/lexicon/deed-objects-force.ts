// The things whose presence as the object makes a speech verb an act in crime, policing, court and illness copy
// ("attacked a guard with a knife", "dismissed the charges", "denied him bail", "police found cash"): one word group per
// sense, read by cues/act-objects-force.ts into the pattern of the lemma it names. Entries are regular-expression
// alternatives (an entry may carry its plural ending, "bombs?"), joined with '|' there. Other things: deed-objects.ts.

/** Weapons: "attacked a guard with a knife", "threatened staff with a gun" (violence, not words). */
export const WEAPONS: readonly string[] = [
  'knife', 'knives', 'machete', 'gun', 'guns', 'handgun', 'rifle', 'shotgun', 'pistol', 'bombs?', 'drones?', 'missiles?',
  'rockets?', 'grenades?', 'explosives', 'axe', 'bat', 'hammer', 'crowbar',
];
/** What is aimed: "pointed a rifle at the officers", "pointed a finger at her" (aiming, not pointing something out). */
export const AIMED_THINGS: readonly string[] = [
  'gun', 'rifle', 'pistol', 'handgun', 'shotgun', 'weapon', 'knife', 'finger', 'laser', 'camera', 'flashlight', 'torch',
];
/** A case ended by a court, as the object of "dismiss": "the judge dismissed the charges" (not a rebuttal). */
export const DISMISSED_CASES: readonly string[] = [
  'case', 'cases', 'charges?', 'lawsuit', 'suit', 'appeal', 'complaint', 'indictment', 'petition', 'jury', 'jurors',
];
/** What is refused someone, after "deny": "denied him bail", "was denied entry" (a refusal, not a denial). */
export const DENIED_PERMISSIONS: readonly string[] = ['bail', 'entry', 'access', 'permission', 'parole', 'visas?'];
/** Organs and tissues, as the object of "attack": "the cancer had attacked her liver" (an illness at work). */
export const BODY_PARTS: readonly string[] = [
  'liver', 'lungs?', 'heart', 'brain', 'kidneys?', 'immune\\s+system', 'cells', 'nerves', 'joints', 'skin', 'bones?',
  'tissues?', 'blood\\s+cells',
];
/** What a race is for, after "challenged X for": "is challenging the mayor for the nomination" (a race, not words). */
export const RACE_PRIZES: readonly string[] = [
  'nomination', 'seat', 'title', 'presidency', 'leadership', 'crown', 'championship', 'mayoralty',
];
/** What a search turns up, as the object of "find": "police found drugs and cash", "found the body of" (not a finding). */
export const SEARCH_FINDS: readonly string[] = [
  'drugs', 'cocaine', 'heroin', 'cannabis', 'cash', 'weapons?', 'guns?', 'firearms', 'knife', 'knives', 'ammunition',
  'explosives', 'body', 'bodies', 'remains', 'wreckage', 'debris', 'stolen\\s+goods',
];
/** Places and troops struck, after "attack": "rebels attacked an army post", "attacked a convoy near the border" (violence, not
 *  words). A camp, a base or a position is left out: a party's camp and base, a rival's positions are attacked in words. */
export const ATTACKED_POSTS: readonly string[] = [
  '(?:army|military|police|border|guard|observation)\\s+posts?', 'outposts?', 'checkpoints?', 'convoys?', 'patrols?',
  'barracks', '(?:police|fire|power)\\s+stations?', 'villages?', 'airfields?', 'airbases?', 'warships?', 'tankers?',
];
