// Nouns of taking a stance on someone or something ("his criticism of the plan", "their endorsement of
// Ana Ruiz", "the ban drew criticism from farmers"), and the verbs by which a target receives such a
// stance. Read by cues/nominal.ts, cues/nominal-verb.ts and quotes/nominal-content.ts. Annotated news corpora count these
// stances as attributions: the holder is the source, the thing judged the content.

/**
 * Nouns of judging, attacking or backing someone or something in words. After a possessor and before
 * their object ("her critique of the budget", "his attacks on reporters", "their opposition to the
 * dam") the possessor holds the stance and the object is what it is about. Not "support": "child
 * support", "financial support" and "his support for the team" are as often help or loyalty as a stated
 * stance (it is read only after a light verb, LIGHT_VERB_NOUNS in stance-light-verbs.ts, or a verb of having, backing-nouns.ts).
 */
export const STANCE_NOUNS: readonly string[] = [
  // criticising and condemning
  'criticism', 'criticisms', 'critique', 'critiques', 'condemnation', 'condemnations', 'denunciation',
  'denunciations', 'censure', 'rebuke', 'rebukes',
  // attacking in words ("his attacks on reporters"; the verb reading is the verb pass's)
  'attack', 'attacks',
  // backing and opposing a candidate, a bill or a plan
  'endorsement', 'endorsements', 'opposition',
  // praising ("his praise of a rival", "her praise for the nurses")
  'praise',
];

/**
 * Nouns of demanding, with what is demanded after "for" only: "her call for a ban", "their demands for a
 * recount", "his plea for calm". ("Her call to cut fares" is an infinitive, read as a speech noun's; "her
 * appeals to donors" name whom she addressed, not what she wants.)
 */
export const DEMAND_NOUNS: readonly string[] = [
  'call', 'calls', 'demand', 'demands', 'appeal', 'appeals', 'plea', 'pleas',
];

/**
 * Nouns of accusing and claiming, with what is alleged after "of" or "about": "allegations of bribery",
 * "claims of abuse", "the ministry's claims about the vaccine". An allegation is someone's word even when
 * the writer names nobody ("faced allegations of bribery"), so no possessor is needed; the possessor,
 * when there is one, is the source.
 */
export const ACCUSATION_NOUNS: readonly string[] = [
  'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims',
];

/** The prepositions that introduce what a stance noun is about ("of", "on", "against", "to", "for"). */
export const STANCE_OBJECT_PREPOSITIONS: readonly string[] = ['of', 'on', 'against', 'to', 'toward', 'towards', 'for'];

/**
 * Nouns of criticising that a target receives from someone: "the plan faced criticism from farmers",
 * "the mayor came under criticism for the delay", "the ruling drew condemnation". The giver (after
 * "from" or "by") is the source, when named; the reason (after "for", "over" or "about") the content,
 * else the target itself.
 */
export const RECEIVED_STANCE_NOUNS: readonly string[] = [
  'criticism', 'criticisms', 'condemnation', 'censure', 'rebuke', 'rebukes', 'ridicule',
];

/**
 * Verb forms by which a target receives criticism ("faced", "came under", "drew", "sparked", "met with").
 * Deeds of receiving or provoking; the criticism itself is someone else's speech.
 */
export const RECEIVING_VERBS: readonly string[] = [
  'face', 'faces', 'faced', 'facing',
  'come under', 'comes under', 'came under', 'coming under',
  'draw', 'draws', 'drew', 'drawn', 'drawing',
  'spark', 'sparks', 'sparked', 'sparking', 'provoke', 'provokes', 'provoked', 'provoking',
  'trigger', 'triggers', 'triggered', 'triggering', 'prompt', 'prompts', 'prompted', 'prompting',
  'attract', 'attracts', 'attracted', 'attracting', 'invite', 'invites', 'invited', 'inviting',
  'receive', 'receives', 'received', 'receiving', 'get', 'gets', 'got', 'gotten', 'getting',
  'meet with', 'meets with', 'met with', 'meeting with',
  // British news: "the regulator came in for criticism over the delay"
  'come in for', 'comes in for', 'came in for', 'coming in for',
];

/** Nouns of a mass of criticism: "faced a barrage of criticism", "drew a storm of condemnation". */
export const CRITICISM_QUANTITIES: readonly string[] = [
  'barrage', 'storm', 'wave', 'chorus', 'torrent', 'flurry', 'hail', 'volley',
];

/**
 * Irregular past forms of verbs that take a possessed stance noun as their object ("withdrew his
 * endorsement of", "gave her endorsement to", "kept up his attacks on"); regular forms are read by their
 * -ed, -en or -s ending. The verb then opens the cue and its subject holds the stance.
 */
export const IRREGULAR_GOVERNING_VERBS: readonly string[] = [
  'withdrew', 'withdrawn', 'drew', 'drawn', 'made', 'gave', 'given', 'kept', 'took', 'taken', 'shown',
  'held', 'brought', 'sent', 'laid', 'threw', 'thrown', 'began', 'begun', 'won', 'lost',
];

/**
 * Main verbs news often puts right after a stance-noun subject ("her call for a ban won support", "his
 * attacks on the referee cost him a fine"): the noun's object phrase ends before them. (Read only where no
 * article or preposition stands before them: "criticism of the cost" keeps its object.)
 */
export const VERBS_AFTER_STANCE_SUBJECT: readonly string[] = [
  'won', 'lost', 'drew', 'faced', 'sparked', 'prompted', 'angered', 'cost', 'met', 'got', 'made', 'came',
  'went', 'took', 'gave', 'helped', 'hurt', 'caused', 'triggered', 'raised', 'remains', 'remained', 'seems',
  'seemed', 'appears', 'appeared', 'became', 'proved', 'surprised', 'shocked', 'stands', 'stood', 'left',
  'reflects', 'reflected', 'marked', 'followed',
  // a stance held by many, swelling or dying down ("opposition to the toll grew", "outrage over fares faded")
  'grew', 'grows', 'mounted', 'mounts', 'faded', 'intensified', 'subsided', 'erupted', 'overshadowed',
  // or reaching further ("the main opposition to the dam comes from farmers", "outrage over the fares spread online",
  // "criticism of the ruling fuelled protests"); not "led": "opposition to the coalition led by ..." is a participle
  'comes', 'spread', 'spreads', 'fuelled', 'fueled', 'forced',
];

/**
 * Stance nouns that report a stance with no holder named, as allegations do: "after criticism of the ruling",
 * "the growing opposition to the dam", "amid public outrage over fares". Annotated news counts the thing judged as
 * the content of an attribution to nobody named. Only nouns that are words whoever holds them: not "attack" (a
 * deed of war as often), "endorsement" or "support" ("the endorsement of the union" names the endorser), "praise"
 * ("praise be", "sing the praises"); not "condemnation" or "denunciation" yet: with no holder they added an unmatched
 * record on held-out text, and none was missed on the half we read.
 */
export const OPEN_STANCE_NOUNS: readonly string[] = [
  'criticism', 'criticisms', 'opposition', 'outrage',
];

/** What such a stance is about, after the noun: the stance prepositions, and "over" ("outrage over fares"; not "at":
 *  "criticism at home" is a place). */
export const OPEN_STANCE_PREPOSITIONS: readonly string[] = [...STANCE_OBJECT_PREPOSITIONS, 'over'];
