// Evidence that vouches (src/analysis/sources/evidence.ts): data, polls, records, reports and studies with a verb
// that shows, finds or suggests. Rows run the whole sources stage on hand-built states; texts are invented.
import { describe, it } from 'vitest';
import { expectSource, type Setup, type Want } from './sources-of.js';

describe('sourceFigures: evidence and its verb', () => {
  it.each<[string, string, Setup, Want]>([
    ['X data show', 'Harbour Authority data show 1,200 ships docked.', { mentions: [['Harbour Authority', 'organization', 'Harbour Authority', 'organization']] }, { source: 'Harbour Authority', kind: 'organization' }],
    ['a poll with its verb after an aside', 'A Coastline poll, taken over a week, shows 52% back the plan.', {}, { source: 'A Coastline poll', kind: 'organization' }],
    ['a poll that has a figure', 'A Lakeside poll has the mayor ahead by 6 points.', {}, { source: 'A Lakeside poll', kind: 'organization' }],
    ['a tally that puts a figure', 'The county tally puts the losses at $45 million.', {}, { source: 'The county tally', kind: 'organization' }],
    ['a year in a clause that evidence closes', 'The mill shut in 2019, county records show.', {}, { source: 'county records', kind: 'organization' }],
    ['a figure after the evidence verb, not in its description', 'A survey of 900 farmers found 35% had sold land.', {}, { source: 'A survey', kind: 'organization' }],
    ['a poll whose aside is set off by no-break spaces', 'A Ridge poll,\u00a0taken over a week,\u00a0shows 52% back the plan.', {}, { source: 'A Ridge poll', kind: 'organization' }],
    ['a report putting a figure forward with a participle', 'A report released Monday suggesting 40% of bridges are unsafe drew notice.', {}, { source: 'A report', kind: 'organization' }],
    ['a date after the evidence verb', 'County records show the plant shut in 2019.', {}, { source: 'County records', kind: 'organization' }],
    ['a poll opening the sentence frames its result', 'In a survey of 900 farmers, 35% said they had sold land.', {}, { source: 'a survey', kind: 'organization' }],
    ['a "by" survey opening the sentence frames its result', 'By the latest Harbor Board survey, 40 boats sank.', {}, { source: 'the latest Harbor Board survey', kind: 'organization' }],
    ['a "by" census after a colon frames its result', 'Turnout was low: by one survey, 4,000 people stayed home.', {}, { source: 'one survey', kind: 'organization' }],
    ['respondents a share counts speak for the poll the sentence names', 'In a Harwell poll published Tuesday, 44% of voters said they were keen, compared with 19% of renters.', { mentions: [['voters', 'group', 'Voters', 'group']], quotes: [['they were keen, compared with 19% of renters', 'voters', 'Voters', 'group']] }, { source: 'a Harwell poll', kind: 'organization' }],
    ['the record of what someone wrote, with a date after its verb', 'Her messages appear to show that the envoy sailed on May 3, 2019.', {}, { source: 'Her messages', kind: 'unknown' }],
    ['evidence from a body no name stands for: the whole phrase', 'Prices fell 12% since May, data from the county assessor show.', {}, { source: 'data from the county assessor', kind: 'organization' }],
    ['evidence from a span of time: the phrase, no body invented', 'Data from the past decade show rents rose 40%.', {}, { source: 'Data from the past decade', kind: 'organization' }],
    ['a figure before evidence that closes its clause', 'Some 40% back the plan, a Ridge poll shows.', {}, { source: 'a Ridge poll', kind: 'organization' }],
    ['an investigation that found a figure', 'An investigation by the board found 14 boats were unsafe.', {}, { source: 'An investigation by the board', kind: 'organization' }],
    ['a paper that found a figure', 'A paper in the journal found 30% of trials were never published.', {}, { source: 'A paper', kind: 'organization' }],
    ['test results that show a figure', 'Lab results show 3 wells carry lead.', {}, { source: 'Lab results', kind: 'organization' }],
    ['evidence that suggests a figure', 'Fresh evidence suggests 70% of the reef has bleached.', {}, { source: 'Fresh evidence', kind: 'organization' }],
    ['evidence reported inside someone\'s words, with its verb before the figure', 'The transport office says bus times fell, while footfall data suggest trade is down 12%.', { mentions: [['The transport office', 'organization', 'Transport Office', 'organization']], quotes: [['bus times fell, while footfall data suggest trade is down 12%', 'The transport office', 'Transport Office', 'organization', 'indirect', [], 'says']] }, { source: 'footfall data', kind: 'organization' }],
    ['a lower-case evidence phrase in the speaker\'s place is evidence', 'The mill shut in 2011, regional data show.', { quotes: [['The mill shut in 2011', 'regional data', null, 'unknown', 'indirect', [], 'show']] }, { source: 'regional data', kind: 'organization' }],
    ['court papers that show a figure', 'Court papers show the builder owed $2 million.', {}, { source: 'Court papers', kind: 'organization' }],
    ['text messages that show a figure', 'Text messages show the council paid $300 for each sign.', {}, { source: 'Text messages', kind: 'organization' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));
});

describe('sourceFigures: a passive of an evidence verb is not the noun\'s', () => {
  it.each<[string, string, Setup, Want]>([
    ['a passive in a relative clause after the noun', 'Visitor numbers at the hall where the films are shown rose 9% last year.', {}, { source: null, kind: 'unattributed' }],
    ['leaves alone: the active verb after a passive relative clause', 'Records that were found in a loft show 40 ships sank.', {}, { source: 'Records', kind: 'organization' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));
});
