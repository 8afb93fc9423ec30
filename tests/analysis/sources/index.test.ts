// The whole sources stage (src/analysis/sources/index.ts): a figure nothing vouches for, and what no rule of the
// stage may take for a source. Rows by rule live in the files that mirror each module; helpers in sources-of.ts.
import { describe, expect, it } from 'vitest';
import { expectSource, sourced, type Setup, type Want } from './sources-of.js';

describe('sourceFigures: who vouches', () => {
  it.each<[string, string, Setup, Want]>([
    ['nothing vouches', 'The bridge carries 9,000 cars a day.', {}, { source: null, kind: 'unattributed', mention: null }],
    ['a dateline credit with a date', 'OSLO, May 3 (XPN) — The storm killed 12 people.', {}, { source: null, kind: 'publication', mention: '(XPN)' }],
    ['only the credit line vouches', 'The bridge carries 9,000 cars a day.\n(NWS)\n', {}, { source: null, kind: 'publication', mention: '(NWS)' }],
    ['an according-to inside a later relative clause is that clause\'s measure', 'The boxer weighs 92 kilos, which makes him a heavyweight according to the league\'s table.', { mentions: [['the league', 'organization', 'League', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['a comparison appended after a mid-sentence according-to is the writer\'s', 'Its rate fell to 17%, according to the firm, compared with 25% before.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['a fee reported to be a figure is relayed, not the subject\'s', 'Rovers signed Ann Roe for a fee reported to be $32 million.', { mentions: [['Rovers', 'organization', 'Rovers', 'organization']], quotes: [['Ann Roe for a fee reported to be $32 million', 'Rovers', 'Rovers', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['a comparison the writer appends after a medial frame is the writer\'s', 'The bridge cost $4 million, Mayor Ida Strand said, far more than the $2.5 million first planned.', { mentions: [['Mayor Ida Strand', 'title-name', 'Ida Strand']], quotes: [['The bridge cost $4 million, Mayor Ida Strand said, far more than the $2.5 million first planned', 'Mayor Ida Strand', 'Ida Strand', 'person', 'indirect', [], 'said']] }, { source: null, kind: 'unattributed' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));

  it.each<[string, string, Setup]>([
    ['a quote whose speaker words are no mention', 'And 70 boats sank.', { quotes: [['70 boats sank', 'And', null]] }],
    ['a relative aside inside reported words is the writer\'s', 'Officials said Ann Roe, the engineer who ran the yard from 1990 to 1995, had resigned.', { mentions: [['Officials', 'group', 'Officials', 'group']], quotes: [['Ann Roe, the engineer who ran the yard from 1990 to 1995, had resigned', 'Officials', 'Officials', 'group']] }],
    ['a share of respondents that speaks is not the group\'s claim', 'Voters said they were worried, and 4 in 10 say taxes matter most.', { mentions: [['Voters', 'group', 'Voters', 'group']], quotes: [['they were worried, and 4 in 10 say taxes matter most', 'Voters', 'Voters', 'group']], cues: ['said', 'say'] }],
    ['a percentage of respondents that speaks', 'Voters said they were worried, and 60 percent of them say taxes matter.', { mentions: [['Voters', 'group', 'Voters', 'group']], quotes: [['they were worried, and 60 percent of them say taxes matter', 'Voters', 'Voters', 'group']], cues: ['said', 'say'] }],
    ['an expletive it names nobody', 'It is clear that 40 boats sank.', { mentions: [['It', 'pronoun', null]], quotes: [['40 boats sank', 'It', null]] }],
    ['a relative pronoun with no antecedent names nobody', 'Then came a man who pledged 300 homes.', { mentions: [['who', 'pronoun', null]], quotes: [['300 homes', 'who', null]] }],
    ['a quote whose speaker words open a clause', 'By the time the polls closed, 40 boats had sunk.', { quotes: [['40 boats had sunk', 'By the time the polls', null]] }],
    ['a quote whose speaker words open with a preposition', 'Despite the rain, 90 fans came.', { quotes: [['90 fans came', 'Despite the rain', null]] }],
    ['a year inside the source words', 'A 2019 study found nothing.', {}],
    ['a dateline credit is not a parenthesis source', 'LIMA, May 3 (XPN) — Markets were calm.', {}],
    ['a duration framing the report', 'For almost six days, they spoke.', { mentions: [['they', 'group', 'Senators', 'group']], cues: ['spoke'] }],
    ['an age in the speaker frame', 'Ana Ruiz, 82, said the mill closed.', { mentions: [['Ana Ruiz', 'name', 'Ana Ruiz']], cues: ['said'] }],
    ['has is not a reporting verb', 'The council has 15 members.', { mentions: [['The council', 'organization', 'Council', 'organization']] }],
    ['a figure describing the according-to source', 'Rents climbed, according to a survey of 1,000 tenants.', {}],
    ['a figure describing the evidence before its verb', 'The poll of 800 voters found support waning.', {}],
    ['a figure in the source words of as-reported-by', 'As reported by the 1990 census, rents were low.', {}],
    ['a capitalised word in parentheses is no source', '9 (More) Ways to Save Water', {}],
    ['a report that "has been" holds nothing', 'The report has been faulted for 40 errors.', {}],
    ['a cue that opens a new report, not an inverted one', 'Firms, which earned $30 million last year, say the city will gain.', { mentions: [['Firms', 'group', 'Firms', 'group'], ['the city', 'organization', 'City', 'organization']], cues: ['say'] }],
    ['a passive cue names nobody', 'About 300 homes were lost, the agency was told.', { mentions: [['the agency', 'organization', 'Agency', 'organization']], cues: ['was told'] }],
    ['a verb far from the evidence noun is not its own', 'The 300 documents are copies of ones released earlier.', {}],
    ['a count that is the speakers themselves', '12 senators said the bill would fail.', { mentions: [['senators', 'group', 'Senators', 'group']], cues: ['said'] }],
    ['a share of speakers before a pronoun subject', 'About 3 in 5 say they want change.', { mentions: [['they', 'pronoun', 'Voters', 'group']], cues: ['say', 'want'] }],
    ['things someone said, counted by the writer', 'He listed 9 things the mayor said about taxes.', { mentions: [['the mayor', 'description', 'Mayor']], cues: ['said'] }],
    ['a relative clause of intent describing the noun', 'Ann sold the $900 rifle that she plans to replace.', { mentions: [['she', 'pronoun', 'Ann Bell']], cues: ['plans'] }],
    ['a percentage of a group that speaks', 'Roughly 40 percent of voters said taxes mattered.', { mentions: [['voters', 'group', 'Voters', 'group']], cues: ['said'] }],
    ['a date describing the evidence, with no verb of its own', 'A report released on May 3, 2021 drew notice.', {}],
    ['a verb after "and" has another subject', 'The group keeps a tally of thefts and found 40 cases.', {}],
    ['a noun after a possessive is no verb', "Ann Bell's show drew 3 million viewers.", { mentions: [['Ann Bell', 'name', 'Ann Bell']] }],
    ['a date in the frame between the parts of a direct quote', '“We lost boats,” she wrote on May 2. “Nobody came.”', { mentions: [['she', 'pronoun', 'Ann Roe']], quotes: [['We lost boats,” she wrote on May 2. “Nobody came.', 'she', 'Ann Roe', 'person', 'direct', ['We lost boats,', 'Nobody came.']]] }],
    ['an age in the frame of a direct quote', '“It is a shame,” Ann Roe, 70, told us. “Nobody came.”', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['It is a shame,” Ann Roe, 70, told us. “Nobody came.', 'Ann Roe', 'Ann Roe', 'person', 'direct', ['It is a shame,', 'Nobody came.']]] }],
    ['cutting costs is an act, not a count', 'The firm cut costs to $3 million.', { mentions: [['The firm', 'organization', 'Firm', 'organization']] }],
    ['cutting a forecast for someone else names nobody', 'The firm cut jobs to meet the forecast of 40 analysts.', { mentions: [['The firm', 'organization', 'Firm', 'organization']] }],
    ['putting troops somewhere is no count', 'The army put 300 troops at the border.', { mentions: [['The army', 'organization', 'Army', 'organization']] }],
    ['a count nobody owns names nobody by its owner', 'By all accounts, 40 boats sank.', {}],
    ['"in the poll" inside a sentence frames nothing after its comma', 'Two firms were level at 7% in the poll, and none of the rest passed 2%.', {}],
    ['evidence with a verb of its own in an opening "in" phrase frames nothing', 'In the days after the report came out, 40 boats sank.', {}],
    ['a figure before a report that starts a claim of its own', 'The rise, worth $48 a year, follows a report by the Harbor Board which found that leaks doubled.', { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']] }],
    ['a time before a poll that found something else', 'The results came one day after a Ridge poll showed a tie.', {}],
    ['a bank account is no account of events', 'By the bank account, 40 dollars were left.', {}],
    ['a time after the content, in the writer\'s next sentence', 'The agency said the ferry was late. It docked at 6:40 p.m.', { mentions: [['The agency', 'organization', 'Agency', 'organization']], quotes: [['the ferry was late', 'The agency', 'Agency', 'organization']] }],
    ['a "by" inside a clause is a margin, no frame for what follows its comma', 'Ada Voss, who leads Ivo Brent by 6 points in new polls, gave a 30-minute speech.', {}],
    ['per as a rate', 'Tips add $5 per hour, the owner says.', {}],
    ['per cent', 'Prices rose 4 per cent in May.', {}],
    ['an estimating verb that opens a new clause', 'Exports rose 4%, the office estimates will fall.', { mentions: [['the office', 'organization', 'Office', 'organization']] }],
    ['a date the evidence does not close', 'The mill shut in 2019, and county records show losses.', {}],
    ['returns from a fund are a gain, not a record the fund vouches for', 'Returns from the Delta Fund reached 8% last year.', {}],
    ['a relative clause closing reported words is the writer\'s background', 'Ann Roe forecast a victory in Tarnby, which holds its vote on June 9.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['a victory in Tarnby, which holds its vote on June 9', 'Ann Roe', 'Ann Roe', 'person', 'indirect', [], 'forecast']] }],
    ['a closing relative clause that counts, with no movement, is the writer\'s background', 'Ann Roe praised Tarnby, which has 9 bridges.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['Tarnby, which has 9 bridges', 'Ann Roe', 'Ann Roe', 'person', 'indirect', [], 'praised']] }],
    ['a where-clause closing reported words is the writer\'s background', 'Polls show a tie in Tarnby, where 18 seats are at stake.', { quotes: [['a tie in Tarnby, where 18 seats are at stake', 'Polls', null, 'organization', 'indirect', [], 'show']] }],
    ['"on paper" is no paper that vouches', 'On paper, the merger is worth $3 billion to the firm.', {}],
    ['messages counted are no evidence', 'He sent 40 messages to the mayor.', {}],
  ])('leaves alone: %s', (_name, text, setup) => {
    for (const f of sourced(text, setup)) expect(f.source).toBeNull();
  });
});
