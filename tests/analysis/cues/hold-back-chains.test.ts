// Chains of holding back, failing, managing or hurrying before "to" and a speech verb, and the same chains made with
// "be" and an adjective ("was quick to praise"): one cue with the verb (lexicon/cue-contexts.ts ASPECT_VERBS,
// cues/verbs.ts). Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: holding back from, failing at or hurrying to say something is one chain', () => {
  it.each([
    ['The senator would hesitate to oppose the harbour plan.', ['would hesitate to oppose']],
    ['The coach has struggled to reply to the complaints.', ['has struggled to reply to']],
    ['The bakery failed to disclose the losses.', ['failed to disclose']],
    ['The ferry line rushed to defend its new timetable.', ['rushed to defend']],
    ['The mayor was quick to praise the firefighters.', ['was quick to praise']],
    ['Opposition leaders were slow to condemn the vandalism.', ['were slow to condemn']],
    ['The keeper was careful to note that the injury was minor.', ['was careful to note']],
    ['The treasurer has been unable to explain the missing funds.', ['has been unable to explain']],
    // a statement still owed: "has yet to say"
    ['Officials have yet to explain why the tram derailed.', ['have yet to explain']],
    ['The ministry has yet to say whether the mill will close.', ['has yet to say']],
    ['The club has yet to comment on the transfer.', ['has yet to comment on']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // no speech verb after "to": the chain reports nothing
    ['The bakery failed to win the contract.'],
    ['The mayor was quick to leave the hall.'],
    ['She was the first to cross the finish line.'],
    ['The ferry managed to reach the harbour before the storm.'],
    ['The best is yet to come for the young squad.'],
    ['The bill has yet to be debated in the chamber.'],
    // an infinitive after another word stays part of the clause around it
    ['The council voted to spend more on the pier.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
