// The record a stance participle with its agent makes (quotes/agent-participle.ts): the noun phrase before the
// participle is the content, the agent after "by" the speaker; an agent that names nobody makes no record.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [content, cue, speaker mention] of the agent-participle record, or null. */
const held = (text: string): [string, string | null, string | null] | null => {
  const q = analyze({ id: 'd', text }).quotes.find((x) => x.rule === 'agent-participle');
  return q === undefined ? null : [q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];
};

describe('a stance participle: the noun before it is held by the agent', () => {
  it.each([
    ['The council adopted a plan backed by the teachers\' unions to lengthen the school day.', ['a plan', 'backed', "the teachers' unions"]],
    ['A bill opposed by two senators would cap rents in the capital.', ['A bill', 'opposed', 'two senators']],
    ['A documentary panned by critics topped the streaming chart.', ['A documentary', 'panned', 'critics']],
    ['The proposal, criticized by environmental groups, would allow drilling near the coast.', ['The proposal', 'criticized', 'environmental groups']],
    ['The candidate favoured by party leaders lost the runoff.', ['The candidate', 'favoured', 'party leaders']],
  ])('%s', (text, expected) => {
    expect(held(text)).toEqual(expected);
  });
});

describe('a stance participle whose agent names nobody, or a count, makes no record', () => {
  it.each([
    'A roof supported by steel beams gave way in the storm.',
    'The claim backed by new evidence reached the appeals court.',
    'The motion backed by 52 to 48 passed after midnight.',
    'The amendment favoured by a wide margin went to the upper house.',
    // inside quotation marks the words are the speaker's, not the writer's report
    '"A plan backed by the unions is doomed," Ivo Sarn said.',
  ])('%s', (text) => {
    expect(held(text)).toBeNull();
  });
});
