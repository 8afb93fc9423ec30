import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// quotes/content-before-inverted.ts: "CONTENT, warned X" is inverted only when nothing shows the cue has its subject
// before it. An auxiliary on the cue ("had warned", "has argued" after its subject) or a person's age between commas
// right before the cue ("the pilot, 52, warned") says it has: the words after it are its object, not a speaker.
const records = (text: string): [string, string | null, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('quotes: an age or an auxiliary before a cue that could invert', () => {
  it.each([
    // a reported subject with its age, nested in the outer report: one record, the outer one
    ['Officials said the ferry pilot, 52, warned of a fault before take-off.', [['the ferry pilot, 52, warned of a fault before take-off', 'Officials', 'said']]],
    ['Staff said the librarian, aged 70, had insisted on the move.', [['the librarian, aged 70, had insisted on the move', 'Staff', 'said']]],
    ['Police said the courier, 29, had admitted the thefts.', [['the courier, 29, had admitted the thefts', 'Police', 'said']]],
    // the same subject, standing alone
    ['The ferry pilot, 52, warned the crew of a fault.', [['the crew of a fault', 'The ferry pilot', 'warned']]],
  ])('%s', (text, want) => {
    expect(records(text)).toEqual(want);
  });

  it.each([
    // a content inverted before a bare cue and its speaker, an age after the speaker
    ['The bank cut rates, said the governor, 61, on Friday.', [['The bank cut rates', 'the governor', 'said']]],
    ['Fares will rise in May, warned a spokesman for the port.', [['Fares will rise in May', 'a spokesman', 'warned']]],
    ['“The road is shut,” warned a traffic officer.', [['The road is shut,', 'a traffic officer', 'warned']]],
    // an inverted cue with an auxiliary and no subject before it keeps its reading
    ['The fares will rise, has argued the transport minister.', [['The fares will rise', 'the transport minister', 'has argued']]],
    // a count that is the subject, with no comma after it
    ['Of the 300 nurses polled, 40 said they would strike.', [['they would strike', '40', 'said']]],
  ])('leaves alone: %s', (text, want) => {
    expect(records(text)).toEqual(want);
  });
});

// quotes/content-before-inverted.ts NAME_APPOSITION_BEFORE_CUE: a sentence that opens with a full name and its
// apposition between commas has its subject before the cue; a short clause after the cue is its content, even when
// its words could read as a description ("the roof leaks")
describe('quotes: a name and its apposition before a cue that could invert', () => {
  it.each([
    ['Lena Ortiz, a nurse, said the roof leaks.', [['the roof leaks', 'Lena Ortiz', 'said']]],
    ['Tomas Vik, the harbour master, said the crane fails.', [['the crane fails', 'Tomas Vik', 'said']]],
    ['Priya Anand, a welder at the yard, warned the scaffold sways.', [['the scaffold sways', 'Priya Anand', 'warned']]],
  ])('%s', (text, want) => {
    expect(records(text)).toEqual(want);
  });

  it.each([
    // a content before the cue with a verb, its speaker after it
    ['The bank cut rates, said the governor.', [['The bank cut rates', 'the governor', 'said']]],
    ['Prices fell, said Ola Berg, an analyst.', [['Prices fell', 'Ola Berg', 'said']]],
    // a quoted name and apposition is the content, inverted before its speaker
    ['“Nils Dahl, the goalkeeper,” said the coach.', [['Nils Dahl, the goalkeeper,', 'the coach', 'said']]],
  ])('leaves alone: %s', (text, want) => {
    expect(records(text)).toEqual(want);
  });
});

// A noun phrase opening the sentence with its relative aside between commas ("The mayor, who took office in May, says"):
// the noun phrase is the cue's subject, and the clause after the cue its content, not an inverted speaker.
describe('quotes: a relative aside after the subject before a cue that could invert', () => {
  it.each([
    ['The harbour master, who took the post in May, says the quay needs dredging.', [['the quay needs dredging', 'The harbour master', 'says']]],
    ['The audit, which the board ordered in June, says the fund is short.', [['the fund is short', 'The audit', 'says']]],
  ])('%s', (text, want) => {
    expect(records(text)).toEqual(want);
  });

  it.each([
    // a content with its own clause after the aside stays inverted
    ['The levy, which was agreed in May, will cut fares, says Ida Brandt.', [['The levy, which was agreed in May, will cut fares', 'Ida Brandt', 'says']]],
  ])('leaves alone: %s', (text, want) => {
    expect(records(text)).toEqual(want);
  });
});
