// A noun-like final-attribution form in -s after a noun phrase that opens its clause, with a bare clause after it, is
// that noun phrase's verb (cues/singular-head-clause.ts): "The regional housing agency estimates 12,000 homes were
// built". Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

describe('cues: a singular head of several words, a form in -s and a bare clause', () => {
  it.each<[string, string[]]>([
    // more than one word before the head
    ['The regional housing agency estimates more than 12,000 homes were built in the decade.', ['estimates']],
    ['The state health department estimates 4,000 people caught the virus last winter.', ['estimates']],
    ['The national weather service forecasts heavy snow will reach the coast by Friday.', ['forecasts']],
    ['A regional trade body claims exports fell by a tenth.', ['claims']],
    // one word before the head, but the clause opens with an amount or has a past for its verb
    ['The agency estimates 3,000 homes are empty.', ['estimates']],
    ['The ministry estimates about 40 percent of wells have dried up.', ['estimates']],
    ['The union fears hundreds of posts will go.', ['fears']],
    // after a clause opening other than a sentence start
    ['Rents rose again, and the city housing office estimates demand doubled in a year.', ['estimates']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the form as a noun with its own verb, or with no clause after it
    ['The new budget estimates show 3,000 jobs will be cut.', ['show']],
    ['The agency estimates released on Monday were lower than last year.', []],
    ['The official housing estimates vary widely between towns.', []],
    // (the noun's own verb, an estimate put at a figure, is a cue as "show" is above: cues/put-at-figure.ts)
    ['The regional growth forecasts put the figure at 2 percent.', ['put']],
    ['The agency estimates of the damage were revised twice.', []],
    // a noun and its object relative, the past right before an auxiliary
    ['The insurance claims 40 families filed were rejected.', ['were rejected']],
    ['The flood claims most farmers made last spring have been paid.', []],
    ['The storm damage claims most farmers had were paid by June.', []],
    // after a verb or a preposition the noun phrase is an object, not a subject
    ['Under the new housing estimates 3,000 homes would be built.', []],
    ['Officials questioned the regional health estimates 12 clinics had sent.', ['questioned']],
    // a title-case headline has no lower-case head
    ['The Housing Agency Estimates 3,000 Homes Are Empty', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
