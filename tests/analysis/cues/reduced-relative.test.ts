import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a participle after a bare noun with a finite speech verb a few words on describes the noun', () => {
  it.each([
    ['A blog post published Friday said the mayor had lied.', ['said']],
    ['A letter posted online said the pier would close.', ['said']],
    ['The audit released last week shows a loss.', ['shows']],
    ['Photos posted online show the flood reached the second floor.', ['show']],
    ['Emails released by the club suggest the coach knew.', ['suggest']],
    // a mass noun of recorded media opening the sentence, which has no plural in -s
    ['Audio recorded last week suggests the engine failed.', ['suggests']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the participle's own object or clause comes first, or a pronoun opens a new clause
    ['Ida Lind reported Monday that the pier would close.', ['reported Monday']],
    ['The ministry published figures on Monday showing a rise.', ['published', 'showing']],
    ['The rivals disclosed family photos with a weekly paper.', ['disclosed']],
    ['The clerk who reported the leak Monday said it was late.', ['reported', 'said']],
    ['Lind reported two witnesses said the van was red.', ['reported', 'said']],
    ['Officials warned hikers say the trail is closed.', ['warned', 'say']],
    // a name, not a mass noun, opening the sentence
    ['Vidal posted online his fans say the ground is unsafe.', ['posted', 'say']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
