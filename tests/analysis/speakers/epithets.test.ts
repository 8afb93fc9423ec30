// speakers/epithets.ts: isEpithet (a definite description news refers back to a just-named person by: "the Dane",
// "the 34-year-old", "the rookie forward") and fitsEpithet (the gender it implies; a position must fit the titles
// the person was given). Mentions and entities built by hand; the demonyms and heads are the lexicon's.
import { describe, expect, it } from 'vitest';
import { fitsEpithet, isEpithet } from '../../../src/analysis/speakers/epithets.js';
import { Registry } from '../../../src/analysis/speakers/registry.js';
import type { Mention } from '../../../src/types.js';
import { who } from './resolve-text.js';

const mention = (text: string, head: string, gender: Mention['gender'] = null): Mention =>
  ({ text, start: 0, end: text.length, kind: 'description', entity: null, role: null, gender, head });

describe('speakers/epithets: isEpithet', () => {
  it.each<[string, string]>([
    ['the Dane', 'dane'],
    ['the 34-year-old', 'year-old'],
    // another epithet, a time word or a capitalised word before the head
    ['the rookie forward', 'forward'],
    ['the former Norwegian striker', 'striker'],
  ])('%s', (text, head) => {
    expect(isEpithet(mention(text, head))).toBe(true);
  });

  it.each<[string, string]>([
    // a head that is no epithet
    ['the minister', 'minister'],
    // no "the"
    ['a forward', 'forward'],
    // a lower-case noun between: something else
    ['the way forward', 'forward'],
    // a lower-case word that is neither a role's time word nor an epithet
    ['the veteran forward', 'forward'],
  ])('leaves %s', (text, head) => {
    expect(isEpithet(mention(text, head))).toBe(false);
  });
});

describe('speakers/epithets: fitsEpithet', () => {
  const draft = (gender: 'male' | 'female' | null, roles: string[] = [], context: string[] = []) => {
    const reg = new Registry();
    const i = reg.add('Ida Berg', 'person', gender, 0);
    for (const r of roles) reg.addRole(i, r);
    reg.addContext(i, context);
    return reg.drafts[i]!;
  };

  it.each<[string, ReturnType<typeof draft>, Mention, string[], boolean]>([
    ['a demonym fits whatever the titles', draft('female', ['coach']), mention('the Dane', 'dane', 'female'), [], true],
    ['an age fits anyone', draft(null, ['mayor']), mention('the 34-year-old', 'year-old'), [], true],
    ['a position the person holds', draft('male', ['striker']), mention('the striker', 'striker', 'male'), [], true],
    ['a position, no titles known', draft('male'), mention('the forward', 'forward'), [], true],
    ['the gender differs', draft('male'), mention('the Dane', 'dane', 'female'), [], false],
    ['another position', draft('female', ['coach']), mention('the forward', 'forward'), [], false],
    ['context words the person lacks', draft('male', ['forward'], ['norland']), mention('the Ostrian forward', 'forward'), ['ostrian'], false],
    ['context words the person has', draft('male', ['forward'], ['ostrian']), mention('the Ostrian forward', 'forward'), ['ostrian'], true],
  ])('%s', (_name, d, m, wanted, expected) => {
    expect(fitsEpithet(d, m, wanted)).toBe(expected);
  });
});

describe('speakers/epithets: epithets refer back to the one person named in reach', () => {
  it.each([
    ['Tom Lund scored twice. Later the Dane said it was his best day.', 'the Dane', 'Tom Lund'],
    ['Ida Brenn scored twice. Later the 31-year-old said it was her best day.', 'the 31-year-old', 'Ida Brenn'],
    ['Ida Brenn scored twice. Later the forward said it was her best day.', 'the forward', 'Ida Brenn'],
    ['Ida Brenn scored twice. Later the former Ostrian international said it was her best day.', 'the former Ostrian international', 'Ida Brenn'],
    // a bare word no first-name list knows ("Tarnby", a club) does not make it two people; the club's name is no person
    ['Ida Brenn scored twice as Dunmore Rovers beat Tarnby. Later the Frenchwoman said it was her best day.', 'the Frenchwoman', 'Ida Brenn'],
    // of two people, the one who spoke
    ['Coach Ola Sand said Ida Brenn was brave. Later the Dane said the team was tired.', 'the Dane', 'Ola Sand'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it.each([
    // two people in reach, neither of them speaking: no guess
    ['Ada Lind fouled Pia Lund. Later the Dane said it was an accident.', 'the Dane'],
    // the gender the epithet states rules the person out
    ['Pia Lund scored twice. Later the Irishman said it was a fine goal.', 'the Irishman'],
    // a person whose title says otherwise is someone else
    ['Coach Ida Berg praised the team. Later the forward said it was tired.', 'the forward'],
    // offices are no epithets: the mayor after a resident is someone else
    ['Ada Lind lost her house. Later the mayor said help would come.', 'the mayor'],
  ])('leaves unresolved: %s', (text, mention) => {
    expect(who(text, mention, -1, ['said'])).toBeNull();
  });
});
