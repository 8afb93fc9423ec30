// "with" and a short noun phrase make an absolute phrase (cues/absolute-with.ts): a past form closing it is no verb
// ("..., with 38% opposed"), an -ing form with a clause or its particle after it reports for the noun phrase
// ("..., with Norland warning it would retaliate"), as a participle after a comma does. Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: an absolute "with" phrase', () => {
  it.each<[string, string[]]>([
    ['The survey found 54% backed the toll, with 41% opposed.', ['found', 'backed']],
    ['A poll found 61 percent favored the levy, with 30 percent opposed and the rest unsure.', ['found', 'favored']],
    ['The ferry talks stalled, with Norland warning it would close the port.', ['warning']],
    ['The ferry talks stalled, with the envoy warning of a long dispute.', ['warning of']],
    // the past form with a time or place phrase of its own before the phrase closes
    ['The bakers walked out on Monday, with more stoppages planned for the spring.', []],
    ['Tolls rise in June, with further increases proposed for next year unless the board objects.', []],
    ['The club confirmed the signing, with the fee agreed between the two sides, and named no figure.', ['confirmed']],
    ['Rents climbed again, with new caps promised for the autumn and a review to follow.', []],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // a clause word, a pronoun subject or a comma after "with": the form has a subject of its own
    ['She met with growers and argued the case for a new weir.', ['argued']],
    ['Lee sided with Ana Ruiz, who opposed the weir.', ['sided with', 'opposed']],
    ['Together with his sister he claimed the farm was theirs.', ['claimed']],
    // the noun with its determiner: "a warning" is no participle
    ['The ferry talks stalled, with a warning it would take weeks.', []],
    // a "that" clause after the phrase, or a sentence's end inside the "with" phrase: the form reports
    ['Talks stalled, with Norland officials warned on Friday that both sides would walk out.', ['warned']],
    ['Lind met with growers. Police reported on Friday that the weir was damaged.', ['reported']],
    ['Ida Lind sided with Kerr. Ana Ruiz argued in court that the weir was unsafe.', ['sided with', 'argued']],
    // an expectation or a verb of reporting, not a plan: left to its own reading
    ['Fares will rise again, with a further increase expected for next year.', ['expected for']],
    ['The count was slow, with two Kerr aides warned for leaking results.', ['warned for']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
