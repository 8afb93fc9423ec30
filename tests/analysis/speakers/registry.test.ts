// speakers/registry.ts: the roles, aliases and gender each entity keeps (the fullest form of a role, a title and
// the role before it). Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve } from './resolve-text.js';

describe('speakers/registry: roles and aliases on the entity', () => {
  it('records both the role before a title and the title itself', () => {
    const s = resolve('The club’s security chief Captain Ivo Brandt said so.');
    expect(s.entities.find((x) => x.name === 'Ivo Brandt')!.roles).toEqual(['security chief', 'captain']);
  });

  // "Tarnby boss Ola Brenn": 'boss' after a club or firm is that body's head, a title before the name; the
  // relational nouns ('her colleague Ola Brenn') stay descriptions, recorded as no role.
  it.each([
    ['Tarnby boss Ola Brenn said the referee was wrong.', ['boss']],
    ['Her colleague Ola Brenn said the plan was late.', []],
  ])('%s: roles %j', (text, roles) => {
    expect(resolve(text).entities.find((x) => x.name === 'Ola Brenn')!.roles).toEqual(roles);
  });

  it('keeps the fullest form of a role', () => {
    const s = resolve('The secretary spoke. Press Secretary Dana Whitlock said so. The secretary left.');
    expect(s.entities.find((x) => x.name === 'Dana Whitlock')!.roles).toEqual(['press secretary']);
  });

  it('records roles and aliases on the entity', () => {
    const s = resolve('Foreign Minister Tomasz Wrenski spoke. Mr. Wrenski left. Wrenski, a former pilot, smiled.');
    const e = s.entities.find((x) => x.name === 'Tomasz Wrenski')!;
    expect(e.roles).toEqual(['foreign minister', 'former pilot']);
    expect(e.aliases).toEqual(expect.arrayContaining(['Wrenski', 'Mr. Wrenski']));
    expect(e.gender).toBe('male');
  });
});
