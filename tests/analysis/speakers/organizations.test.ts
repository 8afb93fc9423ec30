// speakers/organizations.ts: one entity per organisation, found again by its name without a legal suffix, its acronym,
// its kind word ("the Daily") or its distinctive first word; distinctiveFirst says when a first word is a short form.
// Names invented; a Registry and the map of keys as the speakers stage keeps them.
import { describe, expect, it } from 'vitest';
import { distinctiveFirst, registerOrganization } from '../../../src/analysis/speakers/organizations.js';
import { Registry } from '../../../src/analysis/speakers/registry.js';
import { who } from './resolve-text.js';

describe('speakers/organizations: distinctiveFirst', () => {
  it.each<[string[], boolean]>([
    [['brightwell', 'metals'], true],
    [['corran', 'holdings', 'ltd'], true],
    // one word left once the suffix goes
    [['brightwell', 'inc'], false],
    [['brightwell'], false],
    // an ordinary or organisation word opens many names
    [['united', 'ferry', 'union'], false],
    [['bank', 'street', 'partners'], false],
    // "of" or "for" in the name
    [['ashby', 'chamber', 'of', 'trade'], false],
    // a town's council: alone, the first word is the town
    [['tarnby', 'council'], false],
  ])('%j: %s', (words, expected) => {
    expect(distinctiveFirst(words)).toBe(expected);
  });
});

describe('speakers/organizations: registerOrganization', () => {
  // registers each name in turn; the entity index each one got
  const register = (names: string[]): { ids: number[]; reg: Registry } => {
    const reg = new Registry();
    const orgs = new Map<string, number>();
    return { ids: names.map((n, at) => registerOrganization(reg, orgs, n, at * 10, false)), reg };
  };

  it.each<[string, string[], number[]]>([
    ['the same name twice', ['Brightwell Metals', 'Brightwell Metals'], [0, 0]],
    ['a legal suffix dropped', ['Corran Holdings Ltd.', 'Corran Holdings'], [0, 0]],
    ['an acronym after the name', ['the Northern Rail Safety Board', 'NRSB'], [0, 0]],
    ['the name after its acronym', ['NRSB', 'the Northern Rail Safety Board'], [0, 0]],
    ['its kind word', ['the Tarnby Daily', 'the Daily'], [0, 0]],
    ['two different names', ['Brightwell Metals', 'Corran Holdings'], [0, 1]],
    ['a two-word name has no acronym', ['Vell Bank', 'VB'], [0, 1]],
  ])('%s', (_name, names, expected) => {
    expect(register(names).ids).toEqual(expected);
  });

  it('keeps the fuller name, and marks a country', () => {
    const { reg } = register(['NRSB', 'the Northern Rail Safety Board']);
    expect(reg.drafts[0]!.name).toBe('the Northern Rail Safety Board');
    expect([...reg.drafts[0]!.aliases]).toEqual(['NRSB']);
    const countries = new Registry();
    registerOrganization(countries, new Map(), 'Ostria', 0, true);
    expect(countries.drafts[0]!.country).toBe(true);
  });

  it('files a distinctive first word as a short form, and no other', () => {
    const reg = new Registry();
    const orgs = new Map<string, number>();
    registerOrganization(reg, orgs, 'Brightwell Metals', 0, false);
    registerOrganization(reg, orgs, 'Tarnby Council', 5, false);
    expect([orgs.get('first:brightwell'), orgs.get('first:tarnby')]).toEqual([0, undefined]);
  });
});

describe('speakers/organizations: an organisation short form is its alias', () => {
  it.each([
    ['Brightwell Metals says the mine is safe. Brightwell says it will hire.', 'Brightwell', 'Brightwell Metals'],
    ['Quarro Holdings Ltd. posted a loss. Later Quarro said costs rose.', 'Quarro', 'Quarro Holdings Ltd.'],
    ['Summit Foods posted a loss. Later Summit said costs rose.', 'Summit', 'Summit Foods'],
    // the short form may come first (a press release's body before its "About Quintrell Robotics")
    ['Later Quintrell expects a profit. About Quintrell Robotics: it makes robots.', 'Quintrell', 'Quintrell Robotics'],
    // a legal suffix is dropped or kept: one firm
    ['Orlen Foods will buy a bakery. Later Orlen Foods Inc. said the deal was done.', 'Orlen Foods', 'Orlen Foods Inc.'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a person with that surname keeps it (the founder of her own firm)
    ['Ann Quarro runs Quarro Holdings. Later Quarro said costs rose.', 'Quarro', 'Ann Quarro'],
    // a known first name alone is a person's, even after a firm it opens ("Hugo" is no short form of "Hugo Motors")
    ['Hugo Motors posted a loss. Later Hugo said costs rose.', 'Hugo', 'Hugo'],
    // a body named after its town: the town alone is no short form of it
    ['The Ashby Chamber of Trade said no. Later Ashby said yes.', 'Ashby', 'Ashby'],
    ['The Wexcombe Council said no. Later Wexcombe said yes.', 'Wexcombe', 'Wexcombe'],
  ])('leaves alone: %s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});
