// A stance cue in a reduced relative on the sentence's subject ("Residents opposed to the plan blocked the
// road") says no more than its object: the main clause's verb ends the content (quotes/content-end-alone.ts).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { contents, type M } from '../quote-run.js';

describe('quotes: the object of a reduced relative\'s cue ends at the main verb', () => {
  it.each<[string, M[], string[]]>([
    ['Tenants opposed to the levy blocked the road.', [['Tenants', 'group', null]], ['to the levy']],
    ['Tenants opposed to the levy were angry.', [['Tenants', 'group', null]], ['to the levy']],
  ])('%s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], string[]]>([
    // a clause inside the object is no noun phrase: its own verb must not end the content (these rows
    // are cut before 'was' if the clause-word check of reducedRelativeEnd is dropped)
    ['Ivo Sand complained to the board that he was owed pay.', [['Ivo Sand', 'name', 0]], ['he was owed pay']],
    ['Tenants complained about the fact that it was late.', [['Tenants', 'group', null]], ['the fact that it was late']],
    // a past form with no object after it is the object's own participle
    ['Tenants objected to the levy approved last week.', [['Tenants', 'group', null]], ['the levy approved last week']],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(contents(text, ms)).toEqual(expected);
  });
});
