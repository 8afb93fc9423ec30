import { describe, expect, it } from 'vitest';
import { allCues, verbCues } from '../verb-cues.js';

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

// A past form after a determiner or a possessive and a word of time or order, with a bare noun after it, describes that
// noun ("its original planned route"); a subject before the form, or an object with its determiner, keeps the verb.
describe('cues: a past form after a word of time or order describes the noun after it', () => {
  it.each([
    ['The airline cut its original planned fares by a third.', []],
    ['The county finally opened the long promised footbridge.', []],
    ["The guild's latest estimated shortfall is larger.", []],
  ])('no cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['The county planned cuts to the night buses.', ['planned']],
    ['The guild had long promised a new roof for the hall.', ['had long promised']],
  ])('cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// "A startup called Brightline announced that ...": the naming participle after a sentence-opening indefinite noun (up to
// two modifiers, a capitalised one too) is no cue when the name is followed by its own verb, a past form with a "that"
// clause included; calling someone something keeps "called".
describe('cues: a naming participle before a name and its verb', () => {
  it.each([
    ['A startup called Brightline announced that it would open a second plant.', ['announced']],
    ['A Danish news site called Havnen reported that the ferry would stop.', ['reported']],
    ['A local charity called Harbour Aid said rents had doubled.', ['said']],
  ])('no naming cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['A Dutch reporter called Voss a liar.', ['called']],
    ['A local reporter called Voss misguided.', ['called']],
  ])('keeps "called": %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

describe('a participle opening a sentence', () => {
  it.each([
    // a participle opening a sentence before a noun is an adjective; before an adverb it is the verb
    ['Celebrated harbor projects have stalled.', []],
    ['Asked repeatedly about the fee, she said nothing.', ['Asked', 'said']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
