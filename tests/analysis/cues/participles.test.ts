import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Right after a comparison's "than", a past form is the consensus compared with, its subject and "be" left out ("rose
// faster than (was) expected"): no one is named, nothing is reported. A subject between "than" and the form keeps the
// cue, and so does the speech verb of the sentence.
describe('cues: a past form right after "than" is an elided comparison, no cue', () => {
  it.each([
    ['The Orvik bridge cost 40 percent more than planned, not twice as much.', []],
    ['Grain sales rose faster than expected, helped by a warm spring.', []],
    ['The repairs took longer than promised, and the road stayed shut until May.', []],
    ['The night ferry left earlier than announced, stranding 30 passengers.', []],
    ['Harbour fees were higher than forecast in the second quarter.', []],
    ['The thaw came sooner than thought across the northern valleys.', []],
  ])('no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a subject between "than" and the form: the consensus is someone's
    ['The harvest came in later than Tarn growers expected.', ['expected']],
    ['Turnout was lower than organisers had hoped, the union said.', ['had hoped', 'said']],
    // the sentence's own speech verb after the comparison
    ['Sales were lower than forecast, analysts said.', ['said']],
    ['The pier reopened sooner than planned, the harbour master told reporters.', ['told']],
  ])('keeps the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

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
    ['The bakery annoyed rivals by calling itself the best in town.', ['calling']],
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
