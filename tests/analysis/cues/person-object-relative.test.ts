import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A "who(m)" aside whose verb of saying takes the person as its object (cues/person-object-relative.ts). Invented texts.
describe('cues: the verb of saying in a who(m) aside that has the person as its object', () => {
  it.each([
    ['The witness, whom the police questioned, said the van had been speeding.', ['said']],
    ['Tom Hale, who the inspectors asked twice, told the hearing the kitchen was clean.', ['told']],
    ['The nurse (whom the panel questioned at length) said the rota was short.', ['said']],
  ])('reads only the sentence verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the pronoun is the reported clause's subject: a verb follows the cue
    ['The ferry firm hired a captain, who critics say lied about the repairs.', ['say']],
    // a "who" that is the subject of its own verb of saying
    ['The witness, who told the police the van was speeding, left early.', ['told']],
    // a clause with content after the verb
    ['The coach, whom reporters asked whether he would stay, said nothing.', ['asked', 'said']],
    // a quotation after the comma is the verb's own object: the words before the verb are adverbs, not a subject
    ['The chef, who often says, “Salt is a promise,” opened a third kitchen.', ['often says']],
    ['The keeper, who had long argued, "Nets are too small," retired in May.', ['had long argued']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
