// lexicon/plurals.ts: the one plural helper, so that a role list read as a regex and a word looked up one at a time
// agree on what a plural is. Invented words only.
import { describe, expect, it } from 'vitest';
import { PEOPLE_PLURALS_WITHOUT_S, pluralEnding, pluralOf, PLURAL_END, singularsOf } from '../../src/lexicon/plurals.js';
import { PERSON_ROLES, PERSON_ROLE_PLURALS } from '../../src/lexicon/roles.js';

describe('lexicon/plurals: pluralOf', () => {
  it.each([
    ['official', 'officials'], ['witness', 'witnesses'], ['coach', 'coaches'], ['attorney', 'attorneys'], ['ally', 'allies'],
    ['spokesman', 'spokesmen'], ['woman', 'women'], ['midwife', 'midwives'], ['chief', 'chiefs'], ['person', 'people'],
    ['ceo', 'ceos'], ['year-old', 'year-olds'],
    // a "ch" said /k/ takes a plain "s"
    ['monarch', 'monarchs'],
  ])('%s -> %s', (one, many) => {
    expect(pluralOf(one)).toBe(many);
  });
});

describe('lexicon/plurals: singularsOf, the singulars to look up', () => {
  it.each([
    ['officials', 'official'], ['witnesses', 'witness'], ['coaches', 'coach'], ['allies', 'ally'], ['spokesmen', 'spokesman'],
    ['wives', 'wife'], ['people', 'person'], ['monarchs', 'monarch'],
  ])('%s has %s among them', (many, one) => {
    expect(singularsOf(many)).toContain(one);
  });
  it.each(['witness', 'official', 'the'])('none for %s', (word) => {
    expect(singularsOf(word)).toEqual([]);
  });
  // "stares" is no "-es" plural of "star": only a sibilant takes "-es"
  it('leaves alone: "stares" -> "star"', () => {
    expect(singularsOf('stares')).not.toContain('star');
  });
  it('reads back the plural of every listed role', () => {
    const lost = PERSON_ROLE_PLURALS.filter((many, i) => !singularsOf(many).includes([...PERSON_ROLES][i]!));
    expect(lost).toEqual([]);
  });
});

describe('lexicon/plurals: pluralEnding, the shape the "looks plural" rules share', () => {
  it.each(['nurses', 'crews', 'referees', 'year-olds', 'ferries'])('%s ends like a plural', (word) => {
    expect(pluralEnding(word)).toBe(true);
  });
  // "-ss", "-us" and "-is" make no plural; nor does a lone "s" or a capital before it
  it.each(['witness', 'campus', 'virus', 'thesis', 'bonus', 's', 'CEOS'])('leaves alone: %s', (word) => {
    expect(pluralEnding(word)).toBe(false);
  });
  it('closes a word inside a longer pattern', () => {
    const plural = new RegExp(String.raw`^\p{Ll}+${PLURAL_END}\s+had\b`, 'u');
    expect(plural.test('pupils had')).toBe(true);
    expect(plural.test('census had')).toBe(false);
  });
});

describe('lexicon/plurals: PEOPLE_PLURALS_WITHOUT_S', () => {
  it.each(['people', 'children', 'men', 'women'])('holds %s', (w) => expect(PEOPLE_PLURALS_WITHOUT_S).toContain(w));
  // a plural with "-s", which PLURAL_END sees already, and a singular
  it.each(['thieves', 'nurses', 'man', 'child'])('leaves alone: %s', (w) => expect(PEOPLE_PLURALS_WITHOUT_S).not.toContain(w));
});
