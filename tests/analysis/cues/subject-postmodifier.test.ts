// A form in -s that is also a noun of claiming, after the object of a preposition inside a clause-opening subject
// whose head is a person, a body or a text, is the subject's verb (cues/subject-postmodifier.ts): "A spokesman for the
// company claims that ...". Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

describe('cues: a subject with a prepositional phrase, then a form in -s that is also a noun', () => {
  it.each<[string, string[]]>([
    ['A spokesman for the company claims that the figures are wrong.', ['claims']],
    ['A letter from the union claims that managers hid the losses.', ['claims']],
    ['The lawsuit filed by the tenants claims that the landlord cut the heating.', ['claims']],
    ['An editorial in the weekly paper hopes that the mill will reopen.', ['hopes']],
    ['A survey of dairy farmers in the region fears that prices will fall.', ['fears']],
    ['A leaflet handed out at the market gates claims that the water is unsafe.', ['claims']],
    // a text paid for or carried out by someone
    ['A study funded by the growers claims that the frost cost millions.', ['claims']],
    ['A survey carried out for the union hopes that members will vote.', ['hopes']],
    // a bare platform after "on"
    ['A post on Facebook claims that the mayor has resigned.', ['claims']],
    ['Rents rose again. A video shared widely on social media claims that the tower is empty.', ['claims']],
    // "of" after a person's role or a body: whom the head leads or belongs to
    ['The mayor of the valley town hopes that tourists will return.', ['hopes']],
    ['The owner of the corner bakery fears that the rent will double.', ['fears']],
    ['The chairman of the rowing club claims that the lake is too shallow.', ['claims']],
    ['The board of the pension fund worries that returns will fall.', ['worries']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the noun phrase after a verb or a clause-opening preposition: an object, the claims no one's by name
    ['The council dismissed the social media claims that the bridge had closed.', ['dismissed', 'the social media claims']],
    ['Amid social media claims that the mayor had resigned, the council met.', ['social media claims']],
    ['The council acted on the flood claims that the river had burst its banks.', ['the flood claims']],
    ['The council relied on social media claims that the bridge was closed.', ['social media claims']],
    // a preposition of topic: the claims are what the head is about
    ['An inquiry into the bribery claims that the minister took cash will report in May.', ['the bribery claims', 'will report']],
    ['The report on the expenses claims that the minister lied was leaked.', ['the expenses claims']],
    ['The debate about the fraud claims that the minister lied was heated.', ['the fraud claims']],
    ['A review of the insurance claims that the storm caused the damage is due.', ['the insurance claims']],
    // "of" after a head that is no person's role and no body: the claims are what it measures or holds
    ['The cost of the storm claims that insurers paid out is rising.', ['the storm claims']],
    ['A copy of the fraud claims that the minister lied was leaked.', ['the fraud claims']],
    // a head that holds no view, or a noun phrase that does not open its clause
    ['The deadline for the flood claims that the river burst its banks is Friday.', ['the flood claims']],
    ['The footbridge funded by the insurance claims that the storm caused is open.', ['the insurance claims']],
    ['The mayor, in her speech on the fraud claims that the minister lied, called for calm.', ['the fraud claims', 'called for']],
  ])('leaves alone: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
