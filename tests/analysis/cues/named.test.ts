import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

describe('cues: a noun-like form after "the" and a name', () => {
  it.each([
    // the name is the subject: the form has an object or a clause after it
    ['In March the Kremlin claims the vote was fair.', ['claims']],
    ['Now the Council fears a strike.', ['fears']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the phrase ends at the form: it is the name's noun
    ['Under the Lind plan, the fee rises.'],
    ['Nobody forgot the Harbor attacks.'],
    ['The Dunmore proposal, like the Ostria plan, was dropped.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });
});

// a form of final attribution after a name or a body, with a clause whose subject is a name (verb-contexts.ts NAME_CLAUSE)
describe('cues: a name or a body, a noun-like form and a clause led by a name', () => {
  it.each([
    ['Reuters reports Acme Foods will cut 300 jobs in the north.', ['reports']],
    ['The Harrow Courier reports Mayor Ana Ruiz has resigned.', ['reports']],
    ['Ida Strand claims Harbourline was warned about the leak.', ['claims', 'was warned about']],
    ['A post shared thousands of times on Facebook claims Ashby Town Council will fine drivers who idle.', ['claims']],
    ['The league states Ostria United must forfeit the match.', ['states']],
  ])('%s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    // the name after the form opens an object relative (a second auxiliary follows its verb), or is a day
    ['The Reuters reports Acme Foods had denied were later confirmed.', ['had denied', 'were later confirmed']],
    ['Ida Strand comments Friday were taken out of context.', []],
    // a title-case headline: its auxiliary is capitalised too
    ['Acme Reports Profits Will Rise', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
