// Words of an opinion poll and of a standing in one: "she has led in every poll since March", "finished fourth in
// the latest survey". Read by cues/poll-standing.ts, which names the poll as the source of the standing.

/** Nouns of an opinion poll: the head of the phrase after "in". */
export const POLL_NOUNS: readonly string[] = ['poll', 'polls', 'polling', 'survey', 'surveys'];

/**
 * Words that report a standing or its change, in the clause before "in <poll>": "has led", "is running fifth",
 * "a growing lead", "fell four points". A clause with none ("voters questioned in the survey", "turnout in the
 * poll") reports no standing the poll vouches for.
 */
export const STANDING_WORDS: readonly string[] = [
  'lead', 'leads', 'led', 'leading', 'trail', 'trails', 'trailed', 'trailing', 'ahead', 'behind', 'tied', 'level',
  'edge', 'edged', 'top', 'tops', 'topped', 'topping', 'running', 'finished', 'finishes', 'placed', 'ranked', 'ranks',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'last', 'gained', 'gains', 'slipped', 'slips', 'fell',
  'falls', 'dropped', 'drops', 'rose', 'rises', 'climbed', 'surged', 'jumped', 'points', 'percent', 'margin',
];

/**
 * Words before "poll" or "polls" that make it an election, not a survey ("was leading in the assembly polls", "won
 * 40 seats in the civic polls"; in Indian and British copy "the polls" is often the vote itself).
 */
export const ELECTION_POLL_MODIFIERS: readonly string[] = [
  'assembly', 'general', 'civic', 'municipal', 'local', 'parliamentary', 'legislative', 'council', 'panchayat',
  'mayoral', 'presidential', 'provincial', 'state', 'federal', 'national', 'by', 'bypoll', 'snap', 'upcoming', 'coming',
];
