// "with" and a short noun phrase make an absolute phrase (cues/absolute-with.ts): a past form closing it is no verb
// ("..., with 38% opposed"), an -ing form with a clause or its particle after it reports for the noun phrase
// ("..., with Norland warning it would retaliate"), as a participle after a comma does. Invented texts.
import { describe, expect, it } from 'vitest';
import { verbCues } from './verb-cues.js';

describe('cues: an absolute "with" phrase', () => {
  it.each<[string, string[]]>([
    ['The survey found 54% backed the toll, with 41% opposed.', ['found', 'backed']],
    ['A poll found 61 percent favored the levy, with 30 percent opposed and the rest unsure.', ['found', 'favored']],
    ['The ferry talks stalled, with Norland warning it would close the port.', ['warning']],
    ['The ferry talks stalled, with the envoy warning of a long dispute.', ['warning of']],
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
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
