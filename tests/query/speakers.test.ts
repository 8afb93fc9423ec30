import { describe, expect, it } from 'vitest';
import { aggregateSpeakers, isDescription } from '../../src/query/speakers.js';
import { speaker } from '../fixtures/records.js';

describe('aggregateSpeakers', () => {
  it('merges one name across documents, summing counts and uniting roles, aliases and docs', () => {
    const merged = aggregateSpeakers([
      [speaker({ docs: ['a.txt'], quotes: 2, figures: 1, roles: ['mayor'], aliases: ['Doe'] })],
      [speaker({ name: 'JANE DOE', docs: ['b.txt'], quotes: 1, figures: 0, roles: ['Mayor', 'candidate'], aliases: ['Ms. Doe'] })],
    ]);
    expect(merged).toEqual([
      { name: 'Jane Doe', kind: 'person', roles: ['mayor', 'candidate'], aliases: ['Doe', 'Ms. Doe'], quotes: 3, figures: 1, docs: ['a.txt', 'b.txt'] },
    ]);
  });

  it.each([
    ['different kinds stay apart', [speaker({ name: 'Acme', kind: 'organization' })], [speaker({ name: 'Acme', kind: 'person' })], 2],
    ['accents do not split a name', [speaker({ name: 'José Ruiz' })], [speaker({ name: 'Jose Ruiz' })], 1],
    ['nor does a stroke', [speaker({ name: 'Marek Wołek' })], [speaker({ name: 'Marek Wolek' })], 1],
    ['nor a ligature', [speaker({ name: 'Søren Bræk' })], [speaker({ name: 'Soren Braek' })], 1],
    ['different names stay apart', [speaker({ name: 'Jane Doe' })], [speaker({ name: 'John Doe' })], 2],
  ])('%s', (_name, a, b, count) => {
    expect(aggregateSpeakers([a, b])).toHaveLength(count);
  });

  it.each([
    ['a short name that is the alias of one speaker joins it', [speaker({ name: 'Ana Lima', aliases: ['Lima'], docs: ['a'] })], [speaker({ name: 'Lima', aliases: [], docs: ['b'] })], [['Ana Lima', 2, ['a', 'b']]]],
    ['the alias of two speakers stays apart', [speaker({ name: 'Ana Lima', aliases: ['Lima'] }), speaker({ name: 'Rui Lima', aliases: ['Lima'] })], [speaker({ name: 'Lima', aliases: [] })], [['Ana Lima', 1, ['a.txt']], ['Lima', 1, ['a.txt']], ['Rui Lima', 1, ['a.txt']]]],
    ['a different kind stays apart', [speaker({ name: 'Acme Corp', kind: 'organization', aliases: ['Acme'] })], [speaker({ name: 'Acme', kind: 'person', aliases: [] })], [['Acme', 1, ['a.txt']], ['Acme Corp', 1, ['a.txt']]]],
  ])('%s', (_name, a, b, expected) => {
    expect(aggregateSpeakers([a, b]).map((s) => [s.name, s.quotes, s.docs])).toEqual(expected);
  });

  // A description names a different speaker in every article; a name or a class of source does not.
  it.each([
    ['the company', 'organization', true],
    ['two people', 'group', true],
    ['a spokeswoman', 'person', true],
    ['12 senators', 'group', true],
    ['spokesman', 'person', true],
    ['Ana Lima', 'person', false],
    ['Acme Corp', 'organization', false],
    ['police', 'group', false],
    ['Economists', 'group', false],
    ['U.S. officials', 'group', false],
  ] as const)('%s (%s) is a description: %s', (name, kind, expected) => {
    expect(isDescription({ name, kind })).toBe(expected);
  });

  it.each([
    ['a description stays one row per document', 'the company', 'organization', 2],
    ['a class of source is one row', 'police', 'group', 1],
    ['a name is one row', 'Ana Lima', 'person', 1],
  ] as const)('%s', (_what, name, kind, rows) => {
    const merged = aggregateSpeakers([[speaker({ name, kind, aliases: [], docs: ['a.txt'] })], [speaker({ name, kind, aliases: [], docs: ['b.txt'] })]]);
    expect(merged).toHaveLength(rows);
  });

  it('orders by quotes, then figures, then name', () => {
    const out = aggregateSpeakers([[speaker({ name: 'B', quotes: 1 }), speaker({ name: 'A', quotes: 1 }), speaker({ name: 'C', quotes: 0, figures: 3 }), speaker({ name: 'D', quotes: 5 })]]);
    expect(out.map((s) => s.name)).toEqual(['D', 'A', 'B', 'C']);
  });

  it('does not change its inputs', () => {
    const first = speaker();
    aggregateSpeakers([[first], [speaker({ docs: ['b.txt'] })]]);
    expect(first.docs).toEqual(['a.txt']);
  });
});
