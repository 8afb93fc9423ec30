import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A noun-like speech form after its subject and "now"/"still", or a linking adverb between commas, is the verb where the
// subject is one who speaks (agreeing with the form) and a verb's frame follows (cues/subject-adverb.ts). Invented texts.
describe('cues: a noun-like form after its subject and an adverb', () => {
  it.each([
    ['The coach now claims the referee was biased.', ['now claims']],
    ['Voss still doubts the figures are right.', ['still doubts']],
    ['Some economists, however, question the case for cutting rates.', ['question']],
    ['The league, however, questions whether the stadium is safe.', ['questions']],
    // any linking adverb of the lexicon list (lexicon/linking-adverbs.ts)
    ['Some economists, nevertheless, question whether the frost hit the late crop.', ['question']],
    ['Residents, meanwhile, fear a repeat of last year\'s floods.', ['fear']],
    ['Ms. Renn now talks openly of her years in the army.', ['now talks openly of']],
    // a subject after a fronted phrase and its comma
    ['In Varn, the mayor now claims the ferry is safe.', ['now claims']],
    // a plural of a role outside the closed subject list, when a clause of its own follows
    ['Ward managers, however, fear the night shift could be cut.', ['fear']],
    ['Orchard growers, meanwhile, doubt the frost will lift before May.', ['doubt']],
  ])('finds the verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // a subject that speaks for nobody
    ['The new rules, though, support the smaller clubs.', []],
    ['The team, however, calls the shots in midfield.', []],
    // a plan with an object and no infinitive is an act
    ['The council now plans the new library on the old market site.', []],
    // no verb's frame after the form
    ['Hopes of a deal, however, faded on Friday.', []],
    ['Ticket sales are still strong, and demands for refunds are low.', []],
    // a bare form after a singular subject does not agree with it
    ['The mayor, however, support for the plan is waning.', []],
    // a fronted place or time phrase before the adverb, not a subject
    ['In Varn, meanwhile, calls for calm grew louder.', []],
    ['In the Alps, however, reports of snow were rare.', []],
    ['After the storm, though, claims about the sea wall faded.', []],
    // a plural that is no role or body, or no clause of its own after the form
    ['Ticket prices, however, report little change this year.', []],
    ['Ward managers, however, fear for their jobs.', []],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
