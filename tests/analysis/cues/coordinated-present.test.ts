import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A noun-like speech form in -s after "and"/"but" that joins it to a present speech verb with its object, with a
// verb's frame after it (its particle, a clause, a wh-word, "to" and a verb, an object pronoun), is that subject's
// second verb (cues/coordinated-verb.ts). Invented texts.
describe('cues: a present verb joined to the speech verb before it', () => {
  it.each([
    ['The singer often gushes about her dogs and jokes about her grey hair.', ['often gushes about', 'jokes about']],
    ['The coach defends his tactics and claims that the referee was biased.', ['defends', 'claims']],
    ['The senator backs the bill and calls for a vote before the recess.', ['backs', 'calls for']],
    ['The judge criticises the police and questions how the evidence was stored.', ['criticises', 'questions']],
    ['The winger admits mistakes but promises to fight for his place.', ['admits', 'promises']],
    ['The firm rejects the allegations and calls them baseless.', ['rejects', 'calls']],
  ])('finds the second verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a noun after the object: no verb's frame after it
    ['The club denies the charges and claims of fraud made by a former director.', ['denies']],
    // a noun heading the clause the first verb reports, with its own plural verb
    ['The agency says thefts and calls for help have doubled since May.', ['says']],
    // "to" before a noun phrase is a preposition
    ['The council says roads and calls to the helpline have doubled.', ['says']],
    // a clause word between: the form may be the inner clause's verb
    ['The mayor says that fares rise and calls for calm are ignored.', ['says']],
    // a past first verb: no present to join
    ['The mayor praised the crews and calls for more staff.', ['praised']],
    // a subject pronoun after the form: a relative clause on a noun ("the promises she made")
    ['She defends the budget and the promises she made to voters.', ['defends']],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
