// speakers/roles.ts: does an entity fit a description's head? A person by a word of its roles or a synonym ("the
// diplomat" for an ambassador); an organisation by a kind noun it was introduced with or a word of its name ("the
// newspaper" for a "... Gazette"); loosely, any plain organisation for "the company". Entities built in a Registry.
import { describe, expect, it } from 'vitest';
import { Registry } from '../../../src/analysis/speakers/registry.js';
import { fitsOrganization, fitsPersonRole, looselyFitsOrganization } from '../../../src/analysis/speakers/roles.js';

const person = (roles: string[]) => {
  const reg = new Registry();
  const i = reg.add('Ada Moor', 'person', 'female', 0);
  for (const r of roles) reg.addRole(i, r);
  return reg.drafts[i]!;
};
const org = (name: string, extra: { kinds?: string[]; country?: boolean } = {}) => {
  const reg = new Registry();
  const i = reg.add(name, 'organization', 'neuter', 0);
  const d = reg.drafts[i]!;
  if (extra.kinds) d.kinds = new Set(extra.kinds);
  if (extra.country) d.country = true;
  return d;
};

describe('speakers/roles: fitsPersonRole', () => {
  it.each<[string[], string, boolean]>([
    [['harbour master'], 'master', true],
    [['ambassador'], 'diplomat', true],
    [['state senator'], 'lawmaker', true],
    [['finance minister'], 'official', true],
    // no role, another role, or a synonym that names none of its roles
    [[], 'minister', false],
    [['coach'], 'minister', false],
    [['baker'], 'diplomat', false],
  ])('%j fits "the %s": %s', (roles, head, expected) => {
    expect(fitsPersonRole(person(roles), head)).toBe(expected);
  });

  it('an organisation never fits a person role', () => {
    const d = org('Harbour Board');
    d.roles.push('minister');
    expect(fitsPersonRole(d, 'minister')).toBe(false);
  });
});

describe('speakers/roles: fitsOrganization', () => {
  it.each<[string, Parameters<typeof org>[1], string, boolean]>([
    ['Vell Gazette', {}, 'newspaper', true],
    ['Corran Holdings', {}, 'company', true],
    ['Grainbridge', { kinds: ['agency'] }, 'agency', true],
    ['Grainbridge', {}, 'organization', true],
    // the name says another kind
    ['Vell Gazette', {}, 'company', false],
    ['Corran Holdings', {}, 'newspaper', false],
    // a head that is no organisation kind
    ['Corran Holdings', {}, 'minister', false],
  ])('%s %j fits "the %s": %s', (name, extra, head, expected) => {
    expect(fitsOrganization(org(name, extra), head)).toBe(expected);
  });

  it('a person never fits an organisation head', () => {
    expect(fitsOrganization(person([]), 'company')).toBe(false);
  });
});

describe('speakers/roles: looselyFitsOrganization', () => {
  it.each<[string, Parameters<typeof org>[1], string, boolean]>([
    ['Brightwell', {}, 'company', true],
    ['Brightwell', {}, 'group', true],
    // a head that is not loose
    ['Brightwell', {}, 'newspaper', false],
    // a country, a news outlet, a document, a public body: not "the company"
    ['Ostria', { country: true }, 'company', false],
    ['Vell Daily Press', {}, 'company', false],
    ['the Harbour Report', {}, 'company', false],
    ['Tarnby Council', {}, 'company', false],
  ])('%s %j loosely fits "the %s": %s', (name, extra, head, expected) => {
    expect(looselyFitsOrganization(org(name, extra), head)).toBe(expected);
  });
});
