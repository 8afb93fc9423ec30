import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// A sentence opening with a person noun and its prepositional phrase, then a past form with an adjunct, is the
// subject and its verb when a complement follows the form: a that-clause with its subject, a plea for "called on", or a
// refusal's infinitive.
// Without one, or with a verb of its own before "that", the form stays a reduced relative describing the noun.
describe('cues: the verb of a sentence-opening "<person> of the <noun>" subject', () => {
  it.each([
    ['Members of the harbour board warned on Monday that the pier would close.', ['warned']],
    ['Leaders of the farmers\' party announced on Tuesday that they would boycott the vote.', ['announced']],
    ['A spokeswoman for the water authority confirmed late on Friday that two pumps had failed.', ['confirmed']],
    ['Residents of the valley complained to the county that the quarry ran all night.', ['complained']],
    ['Economists at the central bank estimated last year that rents would rise by a third.', ['estimated']],
    ['Two members of the transit union called on the mayor to reopen the night routes.', ['called on']],
    ['GLENDOR — Supporters of the ferry plan argued in a letter that the crossing would pay for itself.', ['argued in a letter']],
    // a refusal with its infinitive: nothing is "declined to" in a reduced relative
    ['A lawyer for the family declined to comment on the case.', ['declined']],
    ['The head of the harbour board refused to discuss the fees.', ['refused']],
  ])('a verb: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // no complement after the form: a reduced relative describing the phrase's noun
    ['Photos of the rally posted on Sunday showed a packed square.', ['showed']],
    ['Copies of the memo leaked on Friday reached three newspapers.', []],
    // a verb of its own between the form and "that": the form describes, the later verb reports
    ['Supporters of the mayor interviewed on Sunday said that the audit was unfair.', ['said']],
    // ... and so does an auxiliary or a modal among the adjunct's words (any of lexicon/auxiliaries.ts FINITE_AUXILIARY)
    ['Photos of the rally posted on Sunday may show that the crowd was small.', ['may show']],
    ['Residents of the valley interviewed last week did say that the quarry ran all night.', ['did say']],
    // the head is no person: a text, an event
    ['Drafts of the report published on Monday that the ministry withheld were incomplete.', []],
    // "called on" a day, then an infinitive of purpose: a meeting called, no plea
    ['A meeting of the council called on Monday to settle the budget ended early.', []],
    // a fall, not a refusal: the head is no person
    ['Shares in the bakery declined to a record low.', []],
    // a fall, not a refusal: "to" opens a noun phrase, no infinitive
    ['Members of the club declined to a record low.', []],
    ['Staff at the depot declined to their lowest number in years.', []],
    // a clause of its own before the phrase: a pronoun subject
    ['He spoke of the plan announced on Monday that the city would sell the pier.', ['spoke of']],
  ])('leaves it alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
