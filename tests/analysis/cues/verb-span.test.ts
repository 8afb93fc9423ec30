import { describe, expect, it } from 'vitest';
import { allCues, kindedCues, verbCues } from '../verb-cues.js';

// cues/verb-span.ts: where a verb cue's span ends (cueEnd). Invented texts.

// "on" before the medium or footing one spoke on ("on air", "on camera", "on tape", "on stage", "on the record") is
// how the words were said, not a particle of the verb (SPOKEN_MEDIUM_ON in cues/verb-mediums.ts, read by cueEnd)
describe('cues: "on" and the medium one spoke on', () => {
  it.each([
    ['The radio host argued on air that the toll was a tax.', ['argued']],
    ['A ferry captain complained on camera about the new timetable.', ['complained']],
    ['The treasurer admitted on tape that the accounts were late.', ['admitted']],
    ['The comedian joked on stage about the mayor.', ['joked']],
    ['The chief engineer insisted on the record that the bridge was sound.', ['insisted']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the medium word heads a longer noun phrase: a topic after "on"
    ['The union commented on video evidence from the depot.', ['commented on']],
    ['The inspector reported on air quality near the quarry.', ['reported on']],
    ['The auditor insisted on the record of every payment.', ['insisted on']],
  ])('keeps "on": %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

// cueStart: the "'s" of a capitalised name is the name's own ("Penwick's said"), no contracted "has" of the cue; after a
// pronoun it is the auxiliary ("She's said", "It's said")
describe('cues: the "\'s" of a name before the verb', () => {
  it.each([
    ['Penwick\'s said it would close 30 stores.', ['said']],
    ['Orlo\'s warned that sales had slowed.', ['warned']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['She\'s said the pier is safe.', ['\'s said']],
    ['It\'s said that the mill is haunted.', ['\'s said']],
  ])('keeps the auxiliary: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});

describe('cues: what the verb cue takes in (adverbs, channels, particles, weekdays)', () => {
  it.each([
    // the channel of a statement is part of the cue; a place is not
    ['“No,” she wrote in an email.', ['verb:wrote in an email']],
    ['“No,” he said in a phone interview.', ['verb:said in a phone interview']],
    ['“No,” it said in part.', ['verb:said in part']],
    ['“No,” he said in Denver.', ['verb:said']],
    // the preposition heading the content is part of the cue; "on"/"of" not after "say"
    ['Voters worried about the cost.', ['verb:worried about']],
    ['She called for a recount.', ['verb:called for']],
    ['She railed against the toll.', ['verb:railed against']],
    ['They disagree on the route.', ['verb:disagree on']],
    ['He said on Sunday it was done.', ['verb:said']],
    ['She has said about 30 guests left.', ['verb:has said']],
    ['She has argued for months that it failed.', ['verb:has argued']],
    // a bare weekday and a closing manner adverb are read with the verb; "on Monday" and "only" are not
    ['“It is done,” the mayor said Monday.', ['verb:said Monday']],
    ['“Fine,” he wrote Tuesday night.', ['verb:wrote Tuesday night']],
    ['“Lovely,” she said dryly.', ['verb:said dryly']],
    // and before the colon that leads into a quote, with the colon
    ['The coach replied curtly: “We lost.”', ['verb:replied curtly:', 'colon::']],
    ['The mayor said on Monday that it is done.', ['verb:said']],
    ["She condemned Monday's launch as rushed.", ['verb:condemned']],
    ['She said Friday night’s game was close.', ['verb:said']],
    ['She said only that it is done.', ['verb:said']],
    // more verbs of saying and judging; phrasal verbs keep their particle
    ['Ivo Sarn apologized for the delay.', ['verb:apologized for']],
    ['Tomas Brel extolled the plan.', ['verb:extolled']],
    ['He swore that he would stay.', ['verb:swore']],
    ['The mayor hit back at critics.', ['verb:hit back at']],
    ['Ida Strand shrugged off the criticism.', ['verb:shrugged off']],
    ['She has played down the risk.', ['verb:has played down']],
    // a closing adverb of the act is read with it; a form inside the cue before it is no cue of its own
    ['Ruiz vowed again that the pier would open.', ['verb:vowed again']],
    ['Ruiz reported back that the pier was safe.', ['verb:reported back']],
    ['She said back in 2015 that it would open.', ['verb:said']],
    // pushing for, being pressed on, projecting a result
    ['Ruiz has pushed for a recount.', ['verb:has pushed for']],
    ['Ruiz was pressed on the cost.', ['verb:was pressed on']],
    ['The agency projected that costs will rise.', ['verb:projected']],
    // a quantity after "about" is no topic
    ['“We won,” Ida Strand said about halfway into the race.', ['verb:said']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});

describe('cue spans: -ly words and "May" before the verb', () => {
  it.each([
    // a noun in -ly before the verb is no adverb of the cue
    ['Mr Lind’s family said he was kind.', ['said']],
    ['In the end, the family agreed to sell.', ['agreed']],
    // adverbs in -ly stay in the cue
    ['She only said that it was late.', ['only said']],
    // the month inside a sentence is no modal
    ['A study by the Lund Institute published in May found that rents rose.', ['published', 'found']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
