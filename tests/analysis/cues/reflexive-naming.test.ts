import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A verb of naming with a reflexive object and a name right after a noun or a relative word names that noun ("a gang
// calling itself Redhook"): it reports nothing. After a comma or a preposition the participle is a claim of its own.
describe('cues: "calling itself" after a noun names it, no cue', () => {
  it.each([
    ['A gang calling itself Redhook has taken credit for the break-in.', ['has taken credit for']],
    ['Hikers calling themselves the Ridge Watch cleared the trail on Sunday.', []],
    ['A woman who calls herself Madame Orla was fined for fraud.', []],
    ['A collective styling itself the Night Bakers opened a stall.', []],
    ['An account calling itself Harbour Truth said the ferry had sunk.', ['said']],
    ['The group that calls itself the Tide Club met on Friday.', []],
  ])('no naming cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // after a comma: the participle is the subject's claim
    ['The club hit back, calling itself the victim of a smear.', ['hit back', 'calling']],
    // after a preposition: the claim the sentence is about
    ['The bakery won custom by calling itself the best in town.', ['calling']],
    // a finite naming verb with its own subject and a reflexive: a stance of the subject's
    ['The coach called himself lucky after the draw.', ['called']],
    ['Critics say the senator calls herself a reformer.', ['say', 'calls']],
    // a description after the reflexive, no name: a self-description, which annotated news counts
    ['Voters who called themselves undecided backed the levy.', ['called', 'backed']],
    ['A man calling himself a healer sold the tonic.', ['calling']],
  ])('keeps the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
