import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A contact relative clause ("Growers I spoke to") before the sentence's speech verb (cues/contact-clause.ts). Invented texts.
describe('cues: the speech verb after a contact clause with a stranded preposition', () => {
  it.each([
    ['Growers I spoke to said the frost had come early.', ['said']],
    ['Parents I talked to said the new timetable was a mess.', ['said']],
    ['The engineers he reported to said the crane was safe.', ['said']],
    ['Drivers she talked with said the road was unsafe.', ['said']],
    ['Voters they wrote to told them the bypass was unpopular.', ['told']],
    ['The union he belonged to claimed the talks had failed.', ['claimed']],
  ])('reads the sentence verb, not the clause verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // no noun before the pronoun: the pronoun is the sentence's subject
    ['She spoke to reporters after the hearing.', []],
    ['They talked to alleged victims of the scheme.', ['talked']],
    // a clause opener or a speech verb before the pronoun: no contact clause
    ['When they wrote to the council, officials said the road would be fixed.', ['wrote', 'said']],
    ['Critics claim he listened to alleged donors before the vote.', ['claim']],
    // an infinitive after "to" stays an infinitive: a base form, or a describing participle
    // (and a present tense after the clause is left as it was)
    ['The coach they talked to wants to say more next week.', ['talked']],
    ['Residents we spoke to reported thefts from sheds.', []],
    // a time word before the pronoun and an -ed word that describes the "to" object: the clause verb is the cue
    ['Last week she wrote to concerned parents that the school would close.', ['wrote']],
    ['On Friday they complained to elected officials that the road was unsafe.', ['complained']],
    ['This month he explained to invited guests that the gala was off.', ['explained']],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
