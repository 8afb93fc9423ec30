// A standing in an opinion poll names the poll as its source (cues/poll-standing.ts): "in" is the cue, the poll
// phrase the source, the standing clause the content (quotes/according-to.ts). Polls that are elections, clauses
// with no standing, asides and standings inside another cue's content are left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('a standing in a poll, the poll its source', () => {
  it.each<[string, [string, string, string][]]>([
    ['Dunne has led in every poll since March.', [['in', 'Dunne has led', 'every poll']]],
    ['Dunne flew to Tarrow County, where she is ahead in every survey, on Friday.', [['in', 'she is ahead', 'every survey']]],
    ['Mayor Dunne has a nine-point lead over Ivo Voss in a Corran poll of 800 likely voters.', [['in', 'Mayor Dunne has a nine-point lead over Ivo Voss', 'a Corran poll']]],
    ['The senator needs a lift: she is running fifth in the latest survey.', [['in', 'she is running fifth', 'the latest survey']]],
    ['In a poll released Monday, Mayor Dunne leads her rival by nine points.', [['In', 'Mayor Dunne leads her rival by nine points', 'a poll']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// an opening "In <poll>," is the source of whatever its clause reports, what those polled said or felt too: one record,
// "In" its cue, none for the verb inside
describe('an opening poll over the answers it reports', () => {
  it.each<[string, [string, string, string][]]>([
    ['In a poll of farmers, 40 percent said the levy was too high.', [['In', '40 percent said the levy was too high', 'a poll']]],
    ['In a Varn Herald survey released Friday, 58% of renters said they feared eviction.',
      [['In', '58% of renters said they feared eviction', 'a Varn Herald survey']]],
    ['In exit polls, riders on three ferry routes were angry with the operator and worried about fares.',
      [['In', 'riders on three ferry routes were angry with the operator and worried about fares', 'exit polls']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string, string][]]>([
    // no standing and no cue in the clause: the poll vouches for nothing
    ['In the poll, the weather was grim.', []],
    // the pollster as the subject: its own finding
    ['In a survey published Monday, the institute found that rents had doubled.', [['found', 'rents had doubled', 'the institute']]],
    // the cue after a comma: someone's report of the standing
    ['In the polls, Varn finished third, the agency said.', [['said', 'In the polls, Varn finished third', 'the agency']]],
    // a closing poll inside another cue's content stays that cue's (below too)
    ['Ida Roe said Dunne trails in exit polls.', [['said', 'Dunne trails in exit polls', 'Ida Roe']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    // no standing in the clause
    'Turnout in the poll was 61 percent.',
    'The Greens won 40 seats in the poll on Thursday.',
    // an election, not a survey
    'The Liberal party was leading in the assembly polls in three states.',
    'The Greens were ahead in the municipal polls by noon.',
    // an aside about someone: a relative or a participle set off by commas
    'Ivo Voss, whose margin in state polls shrank, toured the coast.',
    'Ivo Voss, running third in most polls, toured the coast.',
    // a standing inside someone's message
    'Her argument to donors is that she remains level in every survey.',
    // sport and weather: no poll at all
    'Hallam finished second in the 400 metres at the trials.',
    'The Rovers lead the league in the latest standings.',
  ])('%s', (text) => {
    expect(rows(text).filter(([cue]) => cue?.toLowerCase() === 'in')).toEqual([]);
  });

  // a standing inside another cue's content stays that cue's
  it.each<[string, string]>([
    ['Analysts said Dunne has led in every poll since March.', 'said'],
    ['Voss spent Friday mocking an opponent who trails badly in the surveys.', 'mocking'],
  ])('%s', (text, cue) => {
    expect(rows(text).map(([c]) => c)).toEqual([cue]);
  });
});
