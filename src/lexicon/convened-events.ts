// Events that are convened or ordered rather than said: "a snap election was called for June", "the strike was called by
// the union", "the meeting was called to discuss the budget". A passive "called" after one of them is convening, no
// report of speech (cues/convened-passive.ts); "called a strike" in the active is read in cues/frames.ts.
export const CONVENED_EVENTS: readonly string[] = [
  'election', 'elections', 'by-election', 'by-elections', 'byelection', 'primary', 'primaries', 'caucus', 'referendum',
  'plebiscite', 'poll', 'vote', 'votes', 'strike', 'strikes', 'walkout', 'stoppage', 'boycott', 'meeting', 'meetings',
  'session', 'sessions', 'sitting', 'hearing', 'hearings', 'inquiry', 'inquest', 'summit', 'conference', 'convention',
  'congress', 'assembly', 'recess', 'ceasefire', 'truce', 'halt', 'timeout', 'time-out', 'penalty', 'foul', 'rally',
  'protest', 'march', 'debate', 'recount', 'runoff', 'run-off',
];
