// Reported clauses no quote covers (src/analysis/sources/reported.ts): the subject of a reporting cue vouches for the
// figure in its clause, inverted or in a reduced relative. Rows run the whole sources stage on hand-built states.
import { describe, it } from 'vitest';
import { expectSource, type Setup, type Want } from './sources-of.js';

describe('sourceFigures: reported clauses', () => {
  it.each<[string, string, Setup, Want]>([
    ['a reported clause no quote covers', 'The ministry says that 300 homes were lost.', { mentions: [['The ministry', 'organization', 'Ministry', 'organization']], cues: ['says'] }, { source: 'Ministry', kind: 'organization' }],
    ['an inverted reported clause', 'Some 300 homes were lost, the ministry said.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
    ['a reduced relative: the money planners say', 'The town spent far less than the $8 million planners say it will take.', { mentions: [['planners', 'group', 'Planners', 'group']], cues: ['say'] }, { source: 'Planners', kind: 'group', mention: 'planners' }],
    ['a reduced relative: the jobs the firm says', 'They will cut the 300 jobs the firm says it can spare.', { mentions: [['the firm', 'organization', 'Firm', 'organization']], cues: ['says'] }, { source: 'Firm', kind: 'organization' }],
    ['a relative with that: the limit scientists agree on', 'It passed the $40 cap that most analysts agree is too low.', { mentions: [['most analysts', 'group', 'Analysts', 'group']], cues: ['agree'] }, { source: 'Analysts', kind: 'group' }],
    ['an inverted report by a description no entity stands behind', 'Some 300 homes were lost, the union said.', { mentions: [['the union', 'description', null]], cues: ['said'] }, { source: 'the union', kind: 'unknown' }],
    ['an inverted report with a time after the cue', 'Some 300 homes were lost, the ministry said on Friday.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
    ['an inverted report with a day named from today after the cue', 'Some 300 homes were lost, the ministry said tonight.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));
});
