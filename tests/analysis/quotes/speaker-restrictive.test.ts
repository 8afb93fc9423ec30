// quotes/speaker-restrictive: a subject that carries a restrictive relative clause ("The head of the union that
// organised the strike said") speaks through the phrase before the pronoun, not the clause's verb phrase or object.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { restrictiveAcross, restrictiveAntecedent, verbWithBareObject } from '../../../src/analysis/quotes/speaker-restrictive.js';

const mention = (text: string): string | null => {
  const q = analyze({ id: 't', text }).quotes[0];
  return q?.speakerMention?.text ?? null;
};
// the antecedent read for the phrase between a relative pronoun and the cue
const antecedent = (text: string, phrase: string): string | null => {
  const start = text.indexOf(phrase);
  const r = restrictiveAntecedent(text, 0, start, start + phrase.length);
  return r === null ? null : text.slice(r.start, r.end);
};

describe('quotes/speaker-restrictive: the subject before a restrictive relative clause speaks', () => {
  it.each([
    ['The head of the union that organised the strike said talks would resume on Monday.', 'The head of the union'],
    ['A spokeswoman for the charity that runs the shelter said demand had doubled this winter.', 'A spokeswoman for the charity'],
    ['The owner of the bakery which supplies the school said flour prices would rise.', 'The owner'],
    ['The chairman of the club that owns the ground said a new stand would be built by spring.', 'The chairman of the club'],
    ['One of the engineers who inspected the bridge said the cracks were only cosmetic.', 'the engineers'],
    // (a museum is a body, lexicon/body-kinds.ts: its "of" phrase belongs to the description, as "of the union" above)
    ['The director of the museum that has lent the paintings told reporters the loan would be extended.', 'The director of the museum'],
  ])('%s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });

  it.each([
    ['The head of the union that organised the strike said', 'organised the strike ', 'The head of the union'],
    ['A nurse at the clinic which treated the boy said', 'treated the boy ', 'A nurse at the clinic'],
    ['The firm that was hired last year said', 'was hired last year ', 'The firm'],
  ])('reads the antecedent of "%s"', (text, phrase, expected) => {
    expect(antecedent(text, phrase)).toBe(expected);
  });
});

// the antecedent read across a boundary word inside the clause, for the phrase after it
const across = (text: string, phrase: string): string | null => {
  const start = text.lastIndexOf(phrase);
  const r = restrictiveAcross(text, 0, start);
  return r === null ? null : text.slice(r.start, r.end);
};

describe('quotes/speaker-restrictive: a verb in -s with a bare object opens the clause', () => {
  it.each([
    ['The clinic that treats veterans said waiting lists had grown.', 'The clinic'],
    ['The agency that helps local families warned that rents would rise.', 'The agency'],
    ['A shelter that houses migrants says beds are scarce.', 'A shelter'],
    ['A union that represents nurses told the board the wards were short of staff.', 'A union'],
    // the object with a short phrase of its own after a preposition
    ['A charity that helps tenants with arrears said evictions had risen.', 'A charity'],
    // after "who", a word known only as a verb's base form is the plural antecedent's verb
    ['Volunteers who coach swimmers said the pool was too cold.', 'Volunteers'],
  ])('%s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });

  it.each([
    ['helps refugees', true],
    ['trains young nurses', true],
    ['helps tenants with arrears', true],
    // a plural subject and an adverb, or a verb after the plural noun: no clause of its own
    ['residents there', false],
    ['costs rose', false],
    ['prices doubled', false],
    ['officials locally', false],
    ['critics', false],
    // the phrase after a preposition must follow an object
    ['costs with interest', false],
    ['press officers', false],
  ])('verbWithBareObject(%s)', (phrase, expected) => {
    expect(verbWithBareObject(phrase)).toBe(expected);
  });
});

describe('quotes/speaker-restrictive: a clause that runs on past a preposition or "and"', () => {
  it.each([
    ['The bakery that has supplied the town since 1998 said it would close in May.', 'The bakery'],
    ['A pilot who flew for the airline until March said the checks were rushed.', 'A pilot'],
    ['The shop that sold bread and cakes said it would shut.', 'The shop'],
    ['The teacher who retired when the school closed said pupils had suffered.', 'The teacher'],
    ['The survey that was carried out after the floods found most homes were insured.', 'The survey'],
  ])('%s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });

  it.each([
    ['The ferry firm that has sailed since 1970 said', '1970', 'The ferry firm'],
    ['A guard who was on duty before the fire told', 'the fire', 'A guard'],
  ])('reads the antecedent of "%s"', (text, phrase, expected) => {
    expect(across(text, phrase)).toBe(expected);
  });
});

describe('quotes/speaker-restrictive: leaves alone', () => {
  it.each([
    // "that" as a conjunction before the cue's own subject
    ['Ann Lee told reporters that several officials had warned of delays.', 'several officials ', null],
    // a plural noun in -s with no object after it is no verb ("that costs rose")
    ['The minister said that costs warned', 'costs ', null],
    // a comma before the pronoun opens an aside (speaker-aside.ts), not a restrictive clause
    ['Ana Ruiz, who chairs the bank, said', 'chairs the bank, ', null],
    // a gerund after the pronoun opens no finite clause
    ['The group that rising rents said', 'rising rents ', null],
    // a past form, copula or adverb before "that" takes it as a conjunction: the phrase after it is the cue's subject
    ['It emerged that armed guards warned', 'armed guards ', null],
    ['The inquiry was told that frightened tenants said', 'frightened tenants ', null],
    ['Officials confirmed that exhausted crews said', 'exhausted crews ', null],
    // a plural noun and an adverb after "that": the subject of an object relative, not a verb and its object
    ['A rule that residents there say', 'residents there ', null],
  ])('%s', (text, phrase, expected) => {
    expect(antecedent(text, phrase)).toBe(expected);
  });

  it.each([
    // an aside opened by a comma is speaker-aside.ts's; a conjunction "that" after a past form opens no relative clause
    ['Ana Ruiz, who has lived there since 2010, said', '2010'],
    ['Police confirmed that since March', 'March'],
    // no boundary word before the phrase: the clause closed before it (restrictiveAntecedent reads that)
    ['The firm that makes tiles said', 'tiles'],
    // the pronoun's clause opens with no verb
    ['The plan that farm groups drew up since May said', 'May'],
  ])('reads no antecedent across "%s"', (text, phrase) => {
    expect(across(text, phrase)).toBeNull();
  });

  it.each([
    // the relative clause's own cue keeps the noun before "that" (quotes/relative-subject.ts)
    ['The levy hurts growers in valleys that oppose the new quota.', 'valleys that'],
    ['Residents who live near the plant said the smell had returned.', 'Residents who'],
    ['Ana Ruiz, who chairs the bank, said the merger talks had collapsed.', 'Ana Ruiz'],
    ['It emerged that armed guards warned the crowd to disperse.', 'armed guards'],
    // a phrase after "after" that names someone is the subject of its own clause: the clause's cue is theirs
    ['The man who was detained after police said he carried a knife was released.', 'police'],
    ['The tax which officials say will raise millions starts in April.', 'officials'],
    // after "that" a base form before a plural noun stays a modifier of the cue's subject ("coach operators")
    ['The firm that coach operators said was cheapest won the contract.', 'coach operators'],
    ['He warned that prices since the drought had doubled.', 'He'],
  ])('%s', (text, expected) => {
    expect(mention(text)).toBe(expected);
  });
});
