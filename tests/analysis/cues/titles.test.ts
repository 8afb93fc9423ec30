import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Titles and terms in quotation marks hold no cue (cues/titles.ts).
describe('cues: speech words inside titles and terms', () => {
  it.each([
    ['His third album, "Say You Will", went gold in a week.'],
    ['The play "Tell Them Nothing" closes on Saturday after 300 shows.'],
    ['Her essay collection "Things We Never Said" sold 12,000 copies.'],
    ['The board kept the pass on its "most wanted" repairs list for a second year.'],
    // a longer scare span in lower case: a sign's words, a term after "so-called", a title after its owner, a gloss
    ['A banner reading "tell them we said no" hung over the quay.'],
    ['The so-called "say it once" rule ends in May.'],
    ['The trio\'s debut album, "ask the tide, then answer it," sold out in a week.'],
    ['The old ferry crest carries a Greek motto, Greek for "speak softly and mend the nets."'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // a verb outside the title keeps its cue
    ['The author said "Say You Will" took a month.', ['said']],
    // a short partial quote of a stance, not after a determiner: the speaker's own words keep the cue
    ['Mayor Ivo Tamm "flatly denied" any link to the contractor.', ['flatly denied']],
    // a quote of speech, whatever its case
    ['"Tell them we are ready," the coach told reporters on Friday.', ['told']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
