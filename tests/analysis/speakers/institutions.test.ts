// Public institutions that speak through statements like any body: a college, museum, library, gallery, zoo, prison,
// orchestra or diocese named by its kind word ("the museum said") is an organisation (lexicon/body-kinds.ts), and a
// name that ends in one ("Ostby Library") is an organisation, not a person (lexicon/organisations.ts
// ORGANIZATION_WORDS). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const all = (text: string): string[] => analyze({ id: 't', text }).quotes.map((q) =>
  `${q.speaker ?? null}/${q.speakerKind}/${q.speakerMention?.text ?? null}`);

describe('speakers: an institution named by its kind word speaks as an organisation', () => {
  it.each([
    ['The college said it would close two halls for repairs.', ['the college/organization/The college']],
    ['The museum said the vase had been on loan since spring.', ['the museum/organization/The museum']],
    ['In a statement, the prison said the inmate had been moved to a clinic.', ['the prison/organization/the prison']],
    ['The diocese said it would pay for the new roof.', ['the diocese/organization/The diocese']],
    // a name ending in the kind word, then the kind word alone: one body
    ['Ostby Library said it would open on Sundays. The library said the cost was small.',
      ['Ostby Library/organization/Ostby Library', 'Ostby Library/organization/The library']],
    ['The Harbour Gallery bought the print. The gallery said it had paid a fair price.',
      ['Harbour Gallery/organization/The gallery']],
    // an unnamed spokesperson speaks for the institution
    ['A gallery spokeswoman said the print was not for sale.', ['the gallery/organization/A gallery spokeswoman']],
    ['Velm Zoo said two cubs were born in May.', ['Velm Zoo/organization/Velm Zoo']],
    ['The Ashby Youth Orchestra cancelled the tour, saying it could not afford the flights.',
      ['Ashby Youth Orchestra/organization/Ashby Youth Orchestra']],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    // the kind word modifying a person's noun: the person speaks
    ['A museum curator said the alarm never rang.', ['a museum curator/person/A museum curator']],
    ['The prison governor said the wing would reopen.', ['null/unknown/The prison governor']],
    // the institution as a place or an object is no speaker
    ['She gave the painting to the museum in 2019, her lawyer said.', ['null/unknown/her lawyer']],
    ['Visitors to the library said the new desks were too low.', ['Visitors/group/Visitors']],
    ['He spent two years in prison, his sister said.', ['null/unknown/his sister']],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('speakers: a charity named by the help it gives speaks as an organisation', () => {
  it.each([
    ['Harbour Aid said the winter had been hard.', ['Harbour Aid/organization/Harbour Aid']],
    ['Famine Relief said food prices had doubled.', ['Famine Relief/organization/Famine Relief']],
    ['The boat was found by Fell Rescue, which said the crew was safe.', ['Fell Rescue/organization/Fell Rescue, which']],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    // the words in lower case name help, not a body
    ['The charity said relief supplies had run out.', ['the charity/organization/The charity']],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('speakers: a research lab named by its kind word speaks as an organisation', () => {
  it.each([
    ['The lab said most samples had been stored too warm.', ['the lab/organization/The lab']],
    ['A study by the lab shows that the fungus spreads in wet summers.', ['the lab/organization/the lab']],
    ['The Ostby Soil Lab tested the fields. The lab said the zinc levels were safe.',
      ['Ostby Soil Lab/organization/The lab']],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it.each([
    // the lab word modifying a person's noun, or a place she worked in
    ['A lab technician said the freezer had failed twice.', ['a lab technician/person/A lab technician']],
    ['She spent ten years in the lab, her brother said.', ['null/unknown/her brother']],
  ])('leaves alone: %s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
