// Words right before a speech-verb form that make it a deed or a particle, not speech: a force of nature as its
// subject ("the storm hammered the coast"), a verb whose particle "back" is ("fought back"). Read by cues/acts.ts.
// (Objects after the form that make it a deed: deed-objects.ts, deed-objects-force.ts and deed-people.ts.)

/**
 * Verbs of motion, return and holding whose particle "back" is ("bring back the money", "fought back",
 * "scaled back the plan"): right after one of them "back" is that particle, no stance as in "voters back the plan".
 */
export const BACK_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'bring', 'brings', 'brought', 'bringing', 'fight', 'fights', 'fought', 'fighting', 'pay', 'pays', 'paid', 'paying',
  'scale', 'scaled', 'scaling', 'cut', 'cuts', 'cutting', 'roll', 'rolled', 'rolling', 'win', 'won', 'winning',
  'step', 'stepped', 'stepping', 'hold', 'held', 'holding', 'come', 'came', 'coming', 'go', 'went', 'going', 'get',
  'got', 'getting', 'give', 'gave', 'giving', 'take', 'took', 'taking', 'turn', 'turned', 'turning', 'look',
  'looked', 'looking', 'call', 'called', 'calling', 'push', 'pushed', 'pushing', 'sit', 'sat', 'sitting', 'head',
  'headed', 'heading', 'bounce', 'bounced', 'bouncing', 'claw', 'clawed', 'clawing',
]);

/**
 * Forces of nature and disasters: right before one of FORCE_DEEDS they are its subject, and what they do is a deed ("the
 * storm hammered the coast", "the wildfire threatened 200 homes", "the river threatened homes", "the virus attacks"): a deed.
 */
export const NATURAL_FORCES: ReadonlySet<string> = new Set([
  'storm', 'storms', 'hurricane', 'hurricanes', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'twister', 'blizzard', 'snowstorm',
  'wildfire', 'wildfires', 'fire', 'fires', 'blaze', 'blazes', 'flames', 'flood', 'floods', 'floodwaters', 'flooding', 'quake',
  'earthquake', 'tremor', 'aftershock', 'tsunami', 'rain', 'rains', 'rainfall', 'downpour', 'snow', 'winds', 'gusts', 'drought',
  'heatwave', 'surge', 'mudslide', 'landslide', 'avalanche', 'eruption', 'volcano', 'lightning', 'explosion', 'blast', 'virus',
  'outbreak', 'pandemic', 'epidemic', 'disease', 'infection', 'bacteria', 'river', 'rivers', 'sea', 'tide', 'waves',
  // water and weather as a mass noun, singular ("floodwater threatens homes", "the heat threatens crops")
  'floodwater', 'water', 'waters', 'heat', 'frost', 'ice', 'smoke', 'erosion',
]);
/**
 * The speech lemmas a force of nature can be the subject of as a deed ("the storm hammered", "the blaze threatened",
 * "the flood claimed"); other verbs after such a noun have another subject ("Ferry crews caught in the storm described").
 */
export const FORCE_DEEDS: ReadonlySet<string> = new Set(['threaten', 'hammer', 'blast', 'slam', 'claim', 'promise', 'attack']);

/**
 * Events, seasons, moves and things built: right before "threaten" or "promise" (cues/acts-wire-idioms.ts) they make it a
 * prospect ("the dispute threatens to derail the talks", "the weekend promises to be dry", "the new line promises faster
 * trips"), not a threat or a promise anyone made. Plans, bills and campaigns are left out: their words are quoted as
 * a source's ("the plan promises free buses" reports what the plan says).
 */
export const PROSPECT_SUBJECTS: ReadonlySet<string> = new Set([
  'dispute', 'row', 'feud', 'conflict', 'war', 'crisis', 'standoff', 'stalemate', 'strike', 'walkout', 'shutdown', 'scandal',
  'controversy', 'shortage', 'slump', 'downturn', 'recession', 'inflation', 'collapse', 'closure', 'delay', 'move', 'change',
  'shift', 'trend', 'rise', 'merger', 'takeover', 'deal', 'project', 'development', 'expansion', 'plant', 'factory', 'mine',
  'stadium', 'bridge', 'line', 'pipeline', 'weather', 'season', 'summer', 'winter', 'spring', 'autumn', 'weekend', 'game',
  'match', 'final', 'race', 'contest', 'clash', 'tie', 'fixture', 'series', 'tournament', 'festival', 'event', 'show',
  'concert', 'film', 'exhibition', 'tour', 'summit', 'talks', 'trial', 'case',
]);
