// An adverb of time, sequence or place that compromise's lexicon lacks ("Afterward", "Elsewhere", "Nonetheless")
// opens a sentence with a capital but names no one (mentions/sentence-start.ts, lexicon/sentence-adverbs.ts): the
// speaker of the cue after it is the pronoun or noun phrase that follows, resolved as usual.
import { describe, expect, it } from 'vitest';
import { speakers } from '../speaker-mentions.js';

describe('mentions: an adverb opening a sentence is no name', () => {
  it.each([
    ['Councillor Ines Varga lost the vote on the depot. Afterward she told reporters the fight was not over.', 'she'],
    ['The governor, Pol Hedlund, left early. Afterwards, he said the session had been wasted.', 'he'],
    ['Two aides briefed the committee. Beforehand they had said the report would be delayed.', 'they'],
    ['The bill stalled in the lower house. Elsewhere, the state senate said it would hold hearings in May.', 'the state senate'],
    ['The minister, Ada Kessel, faced a walkout. Nonetheless she insisted the reform would go ahead.', 'she'],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });

  it.each([
    // a surname at the start of a sentence stays the speaker
    ['Brandvold told reporters the fight was not over.', 'Brandvold'],
    ['Everard said the session had been wasted.', 'Everard'],
    // after the adverb and a comma, a name is still a name
    ['Afterward, Mayor Tilde Rask told reporters the vote would be held again.', 'Mayor Tilde Rask'],
    // the adverb inside a sentence changes nothing
    ['Lena Osei said afterward that the deal was dead.', 'Lena Osei'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakers(text)).toEqual([expected]);
  });
});
