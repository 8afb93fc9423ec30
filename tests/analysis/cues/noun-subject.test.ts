import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a noun-like form in -s after "the" and a bare noun, with an object, is that noun\'s verb', () => {
  it.each([
    ['The ministry disputes the figures.', ['disputes']],
    ['The company disputes the account of the crash.', ['disputes']],
    ['The guild questions the cost of the pier.', ['questions']],
    ['The union calls the offer an insult.', ['calls']],
    // the final-attribution forms as before, with a clause and no "that" too
    ['The agency estimates the cost reached $5 million.', ['estimates']],
    // a final-attribution form with a clause whose subject is a bare plural noun
    ['The group claims emissions from the plant would harm children.', ['claims']],
    ['The union fears rents will rise.', ['fears']],
    // after a singular noun of a role or a body, with an object or the lemma's particle
    ['Former board chairman calls for an audit of the port.', ['calls for']],
    ['The farm ministry disputes the figures.', ['disputes']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a plural noun and a relative clause with no "that": the form is the noun
    ['The renewed calls the union made went unheard.'],
    ['The latest attacks the senator made were personal.'],
    // no object after the form: a noun compound
    ['The pay disputes dragged on for a year.'],
    ['Under court rules, the filing was late.'],
    ['The firm\'s comments sections will close.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

// A ruling's side is its own particle ("rules against"), so a court's or a judge's present "rules" with it is the
// verb, as "ruled against" is, where the court opens its clause and no verb of its own follows; elsewhere "court rules"
// is the plural noun.
describe('cues: a body\'s or a role\'s present "rules against" is the verb', () => {
  it.each([
    ['Appeals court rules against the harbour authority', ['rules against']],
    ['The tribunal rules against the landlords in a rent dispute.', ['rules against']],
    ['In a blow to the port, a district judge rules against the ferry company.', ['rules against']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the noun compound "court rules" as a preposition's or a verb's object, with its own "against"
    ['Under court rules against recording, the hearing was closed to cameras.'],
    ['The clerk checked the tribunal rules against late filings.'],
    ['She broke court rules against bringing phones into the chamber.'],
    // the subject of its own verb
    ['The new league rules against diving took effect in May.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});
