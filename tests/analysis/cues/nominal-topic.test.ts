// The topic of something said or written is its speaker's report (cues/nominal-topic.ts): "Her speech focused on X"
// (the possessor the source, the noun opening the cue), "The debate centred on X" (the noun phrase the source, the
// verb opening the cue). Deeds that focus on something, compounds whose head is another noun and reduced relatives
// after a preposition are left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('the topic of something said', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['Her speech focused on the cost of housing.', [['speech focused on', 'the cost of housing', 'Her']]],
    ['His remarks on Tuesday were focused on trade.', [['remarks on Tuesday were focused on', 'trade', 'His']]],
    ['Mr Tull\'s testimony dwelt mostly on a missing ledger.', [['testimony dwelt mostly on', 'a missing ledger', 'Mr Tull']]],
    ['The mayor\'s address touched on crime and schools.', [['address touched on', 'crime and schools', 'The mayor']]],
    ['The debate over the stadium has centred on its cost.', [['has centred on', 'its cost', 'The debate over the stadium']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // deeds that focus on something
    'The team focused on defence in the second half.',
    'The investigation focused on the driver of the lorry.',
    'Police focused on the car park.',
    'The storm focused its fury on the coast.',
    // a compound whose head is another thing
    'The post office focused on parcels.',
    'The ad campaign focused on young drivers.',
    // a reduced relative about another head, after a preposition
    'Most of that briefing centred on bus fares.',
    'The council ended the day with a briefing focused on roads.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });
});
