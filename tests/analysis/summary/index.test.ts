import { describe, expect, it } from 'vitest';
import { summarizeSpeakers } from '../../../src/analysis/summary/index.js';
import type { Counted } from '../../../src/analysis/state.js';
import type { Entity, Figure, Quote } from '../../../src/types.js';

const entity = (name: string, kind: Entity['kind'], roles: string[] = [], aliases: string[] = []): Entity => ({ name, kind, roles, aliases, gender: null });
const quote = (speaker: string | null, speakerKind: Quote['speakerKind'] = 'person'): Quote => ({
  doc: 'd', type: 'direct', text: 'x', start: 0, end: 1, quoted: [], speaker, speakerKind, speakerMention: null, role: null, cue: null, rule: 'r', speakerRule: null,
});
const figure = (source: string | null, sourceKind: Figure['sourceKind']): Figure => ({
  doc: 'd', text: '1', start: 0, end: 1, value: 1, kind: 'count', unit: null, qualifier: 'exact', subject: null, source, sourceKind, sourceMention: null, hedge: null, rule: 'r',
});
const state = (entities: Entity[], quotes: Quote[], figures: Figure[]): Counted => ({
  doc: { id: 'd', text: '' }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [], mentions: [], entities, quotes, figures,
});

describe('summarizeSpeakers', () => {
  it.each([
    ['one speaker per entity, with counts', [entity('Ann Pell', 'person', ['mayor'], ['Pell'])], [quote('Ann Pell'), quote('Ann Pell')], [figure('Ann Pell', 'person')],
      [{ name: 'Ann Pell', kind: 'person', roles: ['mayor'], aliases: ['Pell'], quotes: 2, figures: 1, docs: ['d'] }]],
    ['unknown speakers are not listed', [], [quote(null, 'unknown')], [], []],
    ['unattributed and publication figures are not listed', [], [], [figure(null, 'unattributed'), figure('AP', 'publication')], []],
    ['groups keep their kind', [entity('police', 'group')], [quote('police', 'group')], [],
      [{ name: 'police', kind: 'group', roles: [], aliases: [], quotes: 1, figures: 0, docs: ['d'] }]],
  ] as const)('%s', (_name, entities, quotes, figures, expected) => {
    expect(summarizeSpeakers(state([...entities], [...quotes], [...figures])).speakers).toEqual(expected);
  });
});
