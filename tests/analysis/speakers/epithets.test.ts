// speakers/epithets.ts: isEpithet (a definite description news refers back to a just-named person by: "the Dane",
// "the 34-year-old", "the rookie forward") and fitsEpithet (the gender it implies; a position must fit the titles
// the person was given). Mentions and entities built by hand; the demonyms and heads are the lexicon's.
import { describe, expect, it } from 'vitest';
import { fitsEpithet, isEpithet } from '../../../src/analysis/speakers/epithets.js';
import { Registry } from '../../../src/analysis/speakers/registry.js';
import type { Mention } from '../../../src/types.js';

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
