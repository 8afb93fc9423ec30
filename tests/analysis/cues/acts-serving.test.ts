import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// "advise" and "support" in a relative clause saying whom a body or a professional serves (cues/acts-serving.ts): a
// service described, no cue; and the same verbs where they still carry advice or a stance.
describe('cues: a service described in a relative clause', () => {
  it.each([
    ['A helpline that advises parents of children with allergies was flooded with calls.', []],
    ['Marla Finch, who advises small businesses on exports, said the tariff would hurt.', ['said']],
    ['Harbour Aid, a charity that supports families of fishermen lost at sea, said the fund would close.', ['said']],
    ['The firm, which has advised hundreds of farmers since 1990, is for sale.', []],
    ['A centre that also supports young carers opened in March.', []],
    // a gerund that describes the people
    ['The trust, which supports grieving parents, said gifts had fallen.', ['said']],
  ])('%s', (text, cues) => {
    expect(verbCues(text)).toEqual(cues);
  });

  it.each([
    // advice with its content, a stance on something other than people, a main clause
    ['A helpline that advises tenants to keep every receipt was busy all week.', ['advises']],
    ['The office, which advises residents that the rent is fixed, said calls had doubled.', ['advises', 'said']],
    ['The adviser, who has long advised companies against borrowing in dollars, said the rules were clear.', ['has long advised', 'said']],
    ['A party that supports the toll won the seat.', ['supports']],
    ["The union, which supports workers' right to strike, said the law was unfair.", ['supports', 'said']],
    ['Voters who support the mayor said the bridge was overdue.', ['support', 'said']],
    ['The minister advised farmers to keep their cattle indoors.', ['advised']],
    // a stance on an act done to people (a gerund before them), and a restrictive "who" picking people out by their stance
    ['A party that supports barring migrants from council flats won the seat.', ['supports']],
    ['The chamber, which supports fining firms that pollute, said the levy was fair.', ['supports', 'said']],
    ['Shoppers who support farmers paid more for milk.', ['support']],
  ])('%s: keeps the cue', (text, cues) => {
    expect(verbCues(text)).toEqual(cues);
  });
});
