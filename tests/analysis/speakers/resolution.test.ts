// speakers/resolution.ts, called directly: the gaps an apposition may stand across (ONLY_BLANK, ONLY_COMMA), and what a
// mention names once resolved (isPerson, isBody, isBareName), on a registry built with Registry.add.
import { describe, expect, it } from 'vitest';
import { isBareName, isBody, isPerson, ONLY_BLANK, ONLY_COMMA } from '../../../src/analysis/speakers/resolution.js';
import { Registry } from '../../../src/analysis/speakers/registry.js';
import type { Mention, MentionKind } from '../../../src/types.js';

describe('speakers/resolution: the gaps of an apposition', () => {
  it.each([['', true], ['  ', true], ['\u00a0', true], [' , ', false]])('ONLY_BLANK %j', (gap, expected) => {
    expect(ONLY_BLANK.test(gap)).toBe(expected);
  });

  it.each([
    [', ', true],
    [' — ', true],
    // an age between the name and its description
    [', 45, ', true],
    [' ', false],
    [', and ', false],
    [', 1984, ', false],
  ])('ONLY_COMMA %j', (gap, expected) => {
    expect(ONLY_COMMA.test(gap)).toBe(expected);
  });
});

describe('speakers/resolution: what a resolved mention names', () => {
  const reg = new Registry();
  const ada = reg.add('Ada Lind', 'person', 'female', 0);
  const veltro = reg.add('Veltro', 'person', null, 0);
  const clinic = reg.add('the clinic', 'organization', null, 0);
  const nurses = reg.add('nurses', 'group', null, 0);
  const norland = reg.add('Norland', 'organization', null, 0);
  reg.drafts[norland]!.country = true;
  const report = reg.add('the report', 'organization', null, 0);
  const m = (kind: MentionKind, entity: number | null): Mention => ({ text: 'x', start: 0, end: 1, kind, entity, role: null, gender: null });

  it.each([
    ['a name of a person', m('name', ada), [true, false, false]],
    ['a titled name', m('title-name', ada), [true, false, false]],
    ['a pronoun of a person', m('pronoun', ada), [false, false, false]],
    ['a lone word no list knows', m('name', veltro), [true, false, true]],
    ['a body described', m('description', clinic), [false, true, false]],
    ['a group', m('group', nurses), [false, true, false]],
    // leaves alone: a country, a document, a mention resolved to nobody
    ['a country', m('name', norland), [false, false, false]],
    ['a document', m('description', report), [false, false, false]],
    ['nobody', m('name', null), [false, false, false]],
  ] as const)('%s', (_name, mention, [person, body, bare]) => {
    expect([isPerson(reg, mention), isBody(reg, mention), isBareName(reg, mention)]).toEqual([person, body, bare]);
  });
});
