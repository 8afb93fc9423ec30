// lexicon/roles.ts: the watch, rescue and service trades are person nouns, so a description headed by one is a person
// who speaks ("A security guard said", "A prison warden said": not "a prison"), while the capitalised bodies named with
// the same words stay bodies ("The Coast Guard said") and the verbs stay verbs. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';
import { PERSON_ROLES } from '../../src/lexicon/roles.js';

/** [speaker mention, canonical speaker, kind] of the first quote. */
const first = (text: string): [string | null, string | null, string] | undefined => {
  const q = analyze({ id: 't', text }).quotes[0];
  return q === undefined ? undefined : [q.speakerMention?.text ?? null, q.speaker, q.speakerKind];
};

describe('lexicon/roles: watch, rescue and service trades', () => {
  it.each(['guard', 'ranger', 'warden', 'porter', 'steward', 'vendor', 'medic', 'lifeguard', 'doorman', 'watchman', 'diver'])('lists %s', (w) => {
    expect(PERSON_ROLES.has(w)).toBe(true);
  });

  it.each<[string, [string, string, string]]>([
    ['A security guard said the doors had been locked all night.', ['A security guard', 'a security guard', 'person']],
    ['A school guard said the children were sent home early.', ['A school guard', 'a school guard', 'person']],
    ['A prison warden said the cells were full.', ['A prison warden', 'a prison warden', 'person']],
    ['A hospital porter told reporters the ward was closed.', ['A hospital porter', 'a hospital porter', 'person']],
    ['A park ranger said the trail would stay shut until spring.', ['A park ranger', 'a park ranger', 'person']],
    ['An army medic said the wounded were stable.', ['An army medic', 'an army medic', 'person']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe('lexicon/roles: leaves alone', () => {
  it.each<[string, [string | null, string | null, string]]>([
    // capitalised bodies and teams named with the same words
    ['The Coast Guard said two boats were missing.', ['Coast Guard', 'Coast Guard', 'organization']],
    ['The National Guard said troops would arrive on Friday.', ['National Guard', 'National Guard', 'organization']],
    // the verb
    ['Police will guard the border, the minister said.', ['the minister', null, 'unknown']],
    // a title before a name stays a role, the name speaks
    ['Ranger Tom Vale said the fire was out.', ['Ranger Tom Vale', 'Tom Vale', 'person']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe('lexicon/roles: officers of local government, courts and public services', () => {
  it.each<[string, [string, string, string]]>([
    ['A county coroner said the cause of death was not yet known.', ['A county coroner', 'a county coroner', 'person']],
    ['A village librarian said the branch would stay open on Sundays.', ['A village librarian', 'a village librarian', 'person']],
    ['A deputy fire marshal said the blaze began in the kitchen.', ['A deputy fire marshal', 'a deputy fire marshal', 'person']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  // a definite one with no name is still the speaker's mention (it was none: "the county" or nothing)
  it.each<[string, string]>([
    ['Two hikers were rescued overnight, according to the county fire marshal.', 'the county fire marshal'],
    ["The district's treasurer said the levy would raise $2 million.", "The district's treasurer"],
  ])('%s', (text, expected) => {
    expect(first(text)?.[0]).toBe(expected);
  });

  it.each<[string, [string, string, string]]>([
    // the verb stays a verb, and a body named with the word stays a body
    ['Volunteers will marshal the crowd at the gate, the organizers said.', ['the organizers', 'organizers', 'group']],
    ['The Board of Trustees said tuition would rise.', ['Board of Trustees', 'Board of Trustees', 'organization']],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

// The sides of a contest or quarrel and the people beside an event are person nouns too: their descriptions speak
// ("A close ally of the mayor said", not the mayor), their plurals are groups; the adjective and the verb stay so.
describe('lexicon/roles: sides of a contest, people beside an event', () => {
  it.each<[string, [string, string | null, string]]>([
    ['A close ally of the mayor said the budget would pass.', ['A close ally', 'a close ally', 'person']],
    ['The chef made a promise her rivals called reckless.', ['her rivals', 'rivals', 'group']],
    ['Skeptics say the tunnel will never open.', ['Skeptics', 'Skeptics', 'group']],
    ['Mourners said the service was moving.', ['Mourners', 'Mourners', 'group']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each<[string, [string, string | null, string]]>([
    // "rival" before a noun modifies it (mentions/description-words.ts adjectiveBeforeNoun); "ally" after a modal is the verb
    ['The rival bakery said the flour had run out.', ['The rival bakery', null, 'unknown']],
    ['The rival firm said the flour had run out.', ['The rival firm', 'the rival firm', 'organization']],
    ['The greens may ally with the farmers, their leader said.', ['their leader', null, 'unknown']],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});
