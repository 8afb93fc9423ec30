import { describe, expect, it } from 'vitest';
import type { Entity, Mention, MentionKind, Quote, QuoteType, Sentence, SpeakerKind } from '../../../src/types.js';
import type { Attributed } from '../../../src/analysis/state.js';
import { findFigures } from '../../../src/analysis/figures/index.js';
import { sourceFigures } from '../../../src/analysis/sources/index.js';

// Hand-built states: the stages before findFigures are other people's work, so these tests give
// the sources stage exactly the mentions and quotes it would receive.
interface Setup {
  mentions?: [text: string, kind: MentionKind, entity: string | null, entityKind?: SpeakerKind][];
  quotes?: [content: string, speakerMention: string | null, speaker: string | null, kind?: SpeakerKind, type?: QuoteType, quoted?: string[], cue?: string][];
  cues?: string[];
}

function state(text: string, setup: Setup = {}): Attributed {
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, paragraph: 0 });
  const entities: Entity[] = [];
  const mentions: Mention[] = (setup.mentions ?? []).map(([t, kind, name, ek]) => {
    const start = text.indexOf(t);
    let entity: number | null = null;
    if (name) {
      entity = entities.findIndex((e) => e.name === name);
      if (entity < 0) { entities.push({ name, kind: ek ?? 'person', roles: [], aliases: [], gender: null }); entity = entities.length - 1; }
    }
    return { text: t, start, end: start + t.length, kind, entity, role: null, gender: null };
  }).sort((a, b) => a.start - b.start);
  const quotes: Quote[] = (setup.quotes ?? []).map(([content, sm, speaker, kind, type, quoted, cueText]) => {
    const start = text.indexOf(content);
    const ms = sm ? text.indexOf(sm) : -1;
    const cs = cueText ? text.indexOf(cueText) : -1;
    return {
      doc: 'd', type: type ?? 'indirect', text: content, start, end: start + content.length, speaker,
      quoted: (quoted ?? []).map((t) => { const at = text.indexOf(t); return { text: t, start: at, end: at + t.length }; }), speakerKind: kind ?? (speaker ? 'person' : 'unknown'),
      speakerMention: sm ? { text: sm, start: ms, end: ms + sm.length } : null, role: null, cue: cueText ? { text: cueText, start: cs, end: cs + cueText.length } : null, rule: 'test', speakerRule: null,
    };
  });
  const cues = (setup.cues ?? []).map((c) => {
    const start = text.indexOf(c);
    return { text: c, start, end: start + c.length, lemma: c, kind: 'verb' as const };
  });
  return { doc: { id: 'd', text }, paragraphs: [{ start: 0, end: text.length }], sentences, quoteSpans: [], markup: [], speechWords: [], cues, mentions, entities, quotes };
}

function sourced(text: string, setup?: Setup) {
  return sourceFigures(findFigures(state(text, setup))).figures.map((f) => ({ text: f.text, source: f.source, kind: f.sourceKind, mention: f.sourceMention?.text ?? null, hedge: f.hedge }));
}

describe('sourceFigures: who vouches', () => {
  it.each<[string, string, Setup, { source: string | null; kind: string; mention?: string | null }]>([
    ['a figure in a quote takes its speaker', 'The mayor said 400 homes were flooded.', { mentions: [['The mayor', 'description', 'Ana Ruiz']], quotes: [['400 homes were flooded', 'The mayor', 'Ana Ruiz']] }, { source: 'Ana Ruiz', kind: 'person', mention: 'The mayor' }],
    ['according to X', 'Some 300 farms closed last year, according to the Farm Bureau.', { mentions: [['the Farm Bureau', 'organization', 'Farm Bureau', 'organization']] }, { source: 'Farm Bureau', kind: 'organization', mention: 'the Farm Bureau' }],
    ['according to an unnamed study', 'Rents rose 9% in a year, according to a recent survey.', {}, { source: 'a recent survey', kind: 'organization' }],
    ['X data show', 'Harbour Authority data show 1,200 ships docked.', { mentions: [['Harbour Authority', 'organization', 'Harbour Authority', 'organization']] }, { source: 'Harbour Authority', kind: 'organization' }],
    ['a report by X', 'A report by the Water Institute found 45% of wells were dry.', { mentions: [['the Water Institute', 'organization', 'Water Institute', 'organization']] }, { source: 'Water Institute', kind: 'organization' }],
    ['a poll with its verb after an aside', 'A Coastline poll, taken over a week, shows 52% back the plan.', {}, { source: 'A Coastline poll', kind: 'organization' }],
    ['(X) after the figure', 'Exports reached $3 billion (Trade Office) in March.', { mentions: [['Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['a reported clause no quote covers', 'The ministry says that 300 homes were lost.', { mentions: [['The ministry', 'organization', 'Ministry', 'organization']], cues: ['says'] }, { source: 'Ministry', kind: 'organization' }],
    ['an inverted reported clause', 'Some 300 homes were lost, the ministry said.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
    ['nothing vouches', 'The bridge carries 9,000 cars a day.', {}, { source: null, kind: 'unattributed', mention: null }],
    ['a restrictive relative (no commas) stays the speaker\'s', 'Officials said the yard that lost 40 boats would close.', { mentions: [['Officials', 'group', 'Officials', 'group']], quotes: [['the yard that lost 40 boats would close', 'Officials', 'Officials', 'group']] }, { source: 'Officials', kind: 'group' }],
    ['an aside in the speaker\'s verbatim words stays theirs', 'Officials said the yard, which lost 40 boats, would close.', { mentions: [['Officials', 'group', 'Officials', 'group']], quotes: [['the yard, which lost 40 boats, would close', 'Officials', 'Officials', 'group', 'direct']] }, { source: 'Officials', kind: 'group' }],
    ['a count (no share) that speaks stays the speaker\'s', 'Ann Roe said 20 residents complained about the noise.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['20 residents complained about the noise', 'Ann Roe', 'Ann Roe']], cues: ['said', 'complained'] }, { source: 'Ann Roe', kind: 'person' }],
    ['a poll that reports a share of respondents still vouches', 'A Ridge poll found voters were worried, and 60 percent say taxes matter.', { quotes: [['voters were worried, and 60 percent say taxes matter', 'A Ridge poll', null, 'organization']], cues: ['found', 'say'] }, { source: 'A Ridge poll', kind: 'organization' }],
    ['an unresolved "you" still speaks', 'If you think 40 boats sank, look again.', { mentions: [['you', 'pronoun', null]], quotes: [['40 boats sank', 'you', null]] }, { source: 'you', kind: 'unknown' }],
    ['a quote whose speaker is a noun phrase SPEAKERS did not list', 'One reader noted 40 errors in the piece.', { quotes: [['40 errors in the piece', 'One reader', null]] }, { source: 'One reader', kind: 'unknown' }],
    ['a figure in the second part of an interrupted direct quote', '“We lost boats,” she wrote. “Then 12 more sank.”', { mentions: [['she', 'pronoun', 'Ann Roe']], quotes: [['We lost boats,” she wrote. “Then 12 more sank.', 'she', 'Ann Roe', 'person', 'direct', ['We lost boats,', 'Then 12 more sank.']]] }, { source: 'Ann Roe', kind: 'person', mention: 'she' }],
    ['a direct quote whose speaker is unknown', 'Nobody knew. We lost 70 boats, the note read.', { quotes: [['We lost 70 boats', null, null, 'unknown', 'direct']] }, { source: null, kind: 'unknown', mention: null }],
    ['a dateline credit with a date', 'OSLO, May 3 (XPN) — The storm killed 12 people.', {}, { source: null, kind: 'publication', mention: '(XPN)' }],
    ['only the credit line vouches', 'The bridge carries 9,000 cars a day.\n(NWS)\n', {}, { source: null, kind: 'publication', mention: '(NWS)' }],
    ['as reported by X', 'As reported by the Harbor Gazette, 120 boats were lost.', { mentions: [['the Harbor Gazette', 'organization', 'Harbor Gazette', 'organization']] }, { source: 'Harbor Gazette', kind: 'organization', mention: 'the Harbor Gazette' }],
    ['a poll that has a figure', 'A Lakeside poll has the mayor ahead by 6 points.', {}, { source: 'A Lakeside poll', kind: 'organization' }],
    ['a tally that puts a figure', 'The county tally puts the losses at $45 million.', {}, { source: 'The county tally', kind: 'organization' }],
    ['an acronym in parentheses', 'Output fell 4% (NSO) last quarter.', {}, { source: 'NSO', kind: 'organization' }],
    ['a year in a clause that evidence closes', 'The mill shut in 2019, county records show.', {}, { source: 'county records', kind: 'organization' }],
    ['a figure after the evidence verb, not in its description', 'A survey of 900 farmers found 35% had sold land.', {}, { source: 'A survey', kind: 'organization' }],
    ['a named speaker telling of an alleged event', 'She told of a ferry allegedly sunk in 1952 off the cape.', { mentions: [['She', 'pronoun', 'Ada Moss']], quotes: [['of a ferry allegedly sunk in 1952 off the cape', 'She', 'Ada Moss']] }, { source: 'Ada Moss', kind: 'person', mention: 'She' }],
    ['a poll whose aside is set off by no-break spaces', 'A Ridge poll,\u00a0taken over a week,\u00a0shows 52% back the plan.', {}, { source: 'A Ridge poll', kind: 'organization' }],
    ['a report putting a figure forward with a participle', 'A report released Monday suggesting 40% of bridges are unsafe drew notice.', {}, { source: 'A report', kind: 'organization' }],
    ['a reduced relative: the money planners say', 'The town spent far less than the $8 million planners say it will take.', { mentions: [['planners', 'group', 'Planners', 'group']], cues: ['say'] }, { source: 'Planners', kind: 'group', mention: 'planners' }],
    ['a reduced relative: the jobs the firm says', 'They will cut the 300 jobs the firm says it can spare.', { mentions: [['the firm', 'organization', 'Firm', 'organization']], cues: ['says'] }, { source: 'Firm', kind: 'organization' }],
    ['a relative with that: the limit scientists agree on', 'It passed the $40 cap that most analysts agree is too low.', { mentions: [['most analysts', 'group', 'Analysts', 'group']], cues: ['agree'] }, { source: 'Analysts', kind: 'group' }],
    ['a date after the evidence verb', 'County records show the plant shut in 2019.', {}, { source: 'County records', kind: 'organization' }],
    ['who raises a running count', 'Rescue work went on. The mine safety office raised the death toll from the blast to 45 on Friday.', { mentions: [['The mine safety office', 'organization', 'Mine Safety Office', 'organization']] }, { source: 'Mine Safety Office', kind: 'organization' }],
    ['who puts a cost at a figure', 'Officials put the cost at about $3 million.', { mentions: [['Officials', 'group', 'Officials', 'group']] }, { source: 'Officials', kind: 'group' }],
    ["by X's own account", "By Ann Roe's own account, she sold 40 boats.", { mentions: [['Ann Roe', 'name', 'Ann Roe'], ['she', 'pronoun', 'Ann Roe']] }, { source: 'Ann Roe', kind: 'person', mention: 'Ann Roe' }],
    ['by his own count: the owner, not the count', 'He has made the crossing, by his own count, more than 600 times.', { mentions: [['He', 'pronoun', 'Bo Lee'], ['his', 'pronoun', 'Bo Lee']] }, { source: 'Bo Lee', kind: 'person', mention: 'his' }],
    ['by an owner no entity stands behind', 'He has made the crossing, by his own count, more than 600 times.', { mentions: [['his', 'pronoun', null]] }, { source: 'his', kind: 'unknown', mention: 'his' }],
    ["by X's estimate, with X no mention", "By the ministry's own estimate, 3,000 homes were lost.", {}, { source: 'the ministry', kind: 'unknown', mention: 'the ministry' }],
    ["by X's tally, X an organisation", "By the Harbor Board's tally, 40 boats sank.", { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization', mention: 'the Harbor Board' }],
    ['an inverted report by a description no entity stands behind', 'Some 300 homes were lost, the union said.', { mentions: [['the union', 'description', null]], cues: ['said'] }, { source: 'the union', kind: 'unknown' }],
    ['a poll opening the sentence frames its result', 'In a survey of 900 farmers, 35% said they had sold land.', {}, { source: 'a survey', kind: 'organization' }],
    ['a time whose period is the full stop the content leaves out', 'The agency said the ferry docked at 6:40 p.m.', { mentions: [['The agency', 'organization', 'Agency', 'organization']], quotes: [['the ferry docked at 6:40 p.m', 'The agency', 'Agency', 'organization']] }, { source: 'Agency', kind: 'organization' }],
    ['a "by" survey opening the sentence frames its result', 'By the latest Harbor Board survey, 40 boats sank.', {}, { source: 'the latest Harbor Board survey', kind: 'organization' }],
    ['a "by" census after a colon frames its result', 'Turnout was low: by one survey, 4,000 people stayed home.', {}, { source: 'one survey', kind: 'organization' }],
    ['respondents a share counts speak for the poll the sentence names', 'In a Harwell poll published Tuesday, 44% of voters said they were keen, compared with 19% of renters.', { mentions: [['voters', 'group', 'Voters', 'group']], quotes: [['they were keen, compared with 19% of renters', 'voters', 'Voters', 'group']] }, { source: 'a Harwell poll', kind: 'organization' }],
    // a share written in words, any count (lexicon/number-words.ts COUNT_WORDS)
    ['a share in words speaks for the poll the sentence names', 'Eleven out of twenty tenants in a survey by the Tarn Trust said 90 homes were damp.', { mentions: [['tenants', 'group', 'Tenants', 'group'], ['the Tarn Trust', 'organization', 'Tarn Trust', 'organization']], quotes: [['90 homes were damp', 'tenants', 'Tenants', 'group']] }, { source: 'Tarn Trust', kind: 'organization' }],
    ['respondents with no poll named keep their words', 'About 62% of voters said they feared 40 closures.', { mentions: [['voters', 'group', 'Voters', 'group']], quotes: [['they feared 40 closures', 'voters', 'Voters', 'group']] }, { source: 'Voters', kind: 'group' }],
    ['an estimator closing a long clause', 'About 40% of all water put into the network is lost to leaks, the regulator estimates.', { mentions: [['the regulator', 'description', null]] }, { source: 'the regulator', kind: 'unknown' }],
    ['the record of what someone wrote, with a date after its verb', 'Her messages appear to show that the envoy sailed on May 3, 2019.', {}, { source: 'Her messages', kind: 'unknown' }],
    ['a figure before a mid-sentence according-to is its claim', 'Its rate fell to 17%, according to the firm, compared with a year ago.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: 'Firm', kind: 'organization' }],
    ['an according-to opening the sentence frames all after it', 'According to the firm, its rate fell to 17%, compared with 25% before.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: 'Firm', kind: 'organization' }],
    ['an according-to inside a later relative clause is that clause\'s measure', 'The boxer weighs 92 kilos, which makes him a heavyweight according to the league\'s table.', { mentions: [['the league', 'organization', 'League', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['a relative clause after the figure, then a set-off according-to: its source', 'The boxer weighs 92 kilos, which is a career high, according to the league.', { mentions: [['the league', 'organization', 'League', 'organization']] }, { source: 'League', kind: 'organization' }],
    ['a comparison appended after a mid-sentence according-to is the writer\'s', 'Its rate fell to 17%, according to the firm, compared with 25% before.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['evidence from a body no name stands for: the whole phrase', 'Prices fell 12% since May, data from the county assessor show.', {}, { source: 'data from the county assessor', kind: 'organization' }],
    ['evidence from a span of time: the phrase, no body invented', 'Data from the past decade show rents rose 40%.', {}, { source: 'Data from the past decade', kind: 'organization' }],
    ['a figure before evidence that closes its clause', 'Some 40% back the plan, a Ridge poll shows.', {}, { source: 'a Ridge poll', kind: 'organization' }],
    ['a figure before a report by X that closes its clause', 'Exports fell 4% last year, a report by the Trade Office found.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['according to evidence from a named body: the body', 'Rents rose 40%, according to data from the Harbor Board.', { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['according to evidence compiled by an unnamed body: the whole phrase', 'According to figures compiled by the league, Ann Roe scored 61 goals.', {}, { source: 'figures compiled by the league', kind: 'organization' }],
    ['a fee reported to be a figure is relayed, not the subject\'s', 'Rovers signed Ann Roe for a fee reported to be $32 million.', { mentions: [['Rovers', 'organization', 'Rovers', 'organization']], quotes: [['Ann Roe for a fee reported to be $32 million', 'Rovers', 'Rovers', 'organization']] }, { source: null, kind: 'unattributed' }],
    ['an aside in the last of several verbatim fragments stays the speaker\'s', 'Officials said the yard was “old,” “unsafe” and “a ruin, which lost 40 boats, for years.”', { mentions: [['Officials', 'group', 'Officials', 'group']], quotes: [['the yard was “old,” “unsafe” and “a ruin, which lost 40 boats, for years.”', 'Officials', 'Officials', 'group', 'partial', ['old,', 'unsafe', 'a ruin, which lost 40 boats, for years.']]] }, { source: 'Officials', kind: 'group' }],
    ['by his reckoning, a date', 'By his reckoning, the mill closed in 1998.', { mentions: [['his', 'pronoun', 'Bo Lee']] }, { source: 'Bo Lee', kind: 'person' }],
    ['a labelled source in parentheses', 'Exports rose 4% last year (Source: Trade Office).', { mentions: [['Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['per X set off by a comma', 'Exports rose 4%, per the Trade Office.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['an estimator closing the clause', 'Exports rose 4%, the Trade Office estimates.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['who puts any quantity at a figure', 'A trade office spokesman put the rise at 4%.', { mentions: [['A trade office spokesman', 'description', 'Spokesman']] }, { source: 'Spokesman', kind: 'person' }],
    ['a voucher in the sentence beats a pronoun speaker', 'A county report came out. It said that, according to the Harbor Board, 40 boats sank.', { mentions: [['It', 'pronoun', 'County Report', 'organization'], ['the Harbor Board', 'organization', 'Harbor Board', 'organization']], quotes: [['according to the Harbor Board, 40 boats sank', 'It', 'County Report', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['a named speaker in the sentence keeps the figure', 'Ann Roe said 40 boats sank, a report found.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['40 boats sank, a report found', 'Ann Roe', 'Ann Roe']] }, { source: 'Ann Roe', kind: 'person' }],
    ['an inverted report with a time after the cue', 'Some 300 homes were lost, the ministry said on Friday.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
    ['an inverted report with a day named from today after the cue', 'Some 300 homes were lost, the ministry said tonight.', { mentions: [['the ministry', 'organization', 'Ministry', 'organization']], cues: ['said'] }, { source: 'Ministry', kind: 'organization' }],
    ['an investigation that found a figure', 'An investigation by the board found 14 boats were unsafe.', {}, { source: 'An investigation by the board', kind: 'organization' }],
    ['a paper that found a figure', 'A paper in the journal found 30% of trials were never published.', {}, { source: 'A paper', kind: 'organization' }],
    ['test results that show a figure', 'Lab results show 3 wells carry lead.', {}, { source: 'Lab results', kind: 'organization' }],
    ['evidence that suggests a figure', 'Fresh evidence suggests 70% of the reef has bleached.', {}, { source: 'Fresh evidence', kind: 'organization' }],
    ['a report of its own inside a closing relative clause vouches', 'Tarvo Oil blamed a fire, which it said had cost $2 million.', { mentions: [['Tarvo Oil', 'organization', 'Tarvo Oil', 'organization'], ['it', 'pronoun', 'Tarvo Oil', 'organization']], quotes: [['a fire, which it said had cost $2 million', 'Tarvo Oil', 'Tarvo Oil', 'organization', 'indirect', [], 'blamed']], cues: ['blamed', 'said'] }, { source: 'Tarvo Oil', kind: 'organization' }],
    ['an aside reporting its own subject\'s stance, past an auxiliary', 'The guild praised Ivo Sarn, who has since backed a $9 toll.', { mentions: [['The guild', 'organization', 'Guild', 'organization'], ['Ivo Sarn', 'name', 'Ivo Sarn'], ['who', 'pronoun', 'Ivo Sarn']], quotes: [['Ivo Sarn, who has since backed a $9 toll', 'The guild', 'Guild', 'organization', 'indirect', [], 'praised']], cues: ['praised', 'backed'] }, { source: 'Ivo Sarn', kind: 'person', mention: 'who' }],
    ['a relative clause closing the words that says what would follow is the speaker\'s', 'Ann Roe backed the plan, which would cut the rate to 17%.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['the plan, which would cut the rate to 17%', 'Ann Roe', 'Ann Roe', 'person', 'indirect', [], 'backed']] }, { source: 'Ann Roe', kind: 'person' }],
    ['a closing relative clause whose verb moves the figure is the speaker\'s evidence', 'Ann Roe cited the jobless rate, which fell 3 percent in May.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['the jobless rate, which fell 3 percent in May', 'Ann Roe', 'Ann Roe', 'person', 'indirect', [], 'cited']] }, { source: 'Ann Roe', kind: 'person' }],
    ['... past an auxiliary and "by"', 'Ann Roe blamed the levy, which has risen by 8% a year.', { mentions: [['Ann Roe', 'name', 'Ann Roe']], quotes: [['the levy, which has risen by 8% a year', 'Ann Roe', 'Ann Roe', 'person', 'indirect', [], 'blamed']] }, { source: 'Ann Roe', kind: 'person' }],
    ['a relative clause before an according-to is its source\'s', 'Fees rose, which cost tenants $400, according to the Harbor Board.', { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']], quotes: [['Fees rose, which cost tenants $400', 'the Harbor Board', 'Harbor Board', 'organization', 'indirect', [], 'according to']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['who cuts their own forecast to a figure', 'Orlan Foods cut its full-year forecast to $2.10 a share.', { mentions: [['Orlan Foods', 'organization', 'Orlan Foods', 'organization']] }, { source: 'Orlan Foods', kind: 'organization' }],
    ['who keeps their own target at a figure', 'The Harbor Board kept its emissions target at 40%.', { mentions: [['The Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['evidence reported inside someone\'s words, with its verb before the figure', 'The transport office says bus times fell, while footfall data suggest trade is down 12%.', { mentions: [['The transport office', 'organization', 'Transport Office', 'organization']], quotes: [['bus times fell, while footfall data suggest trade is down 12%', 'The transport office', 'Transport Office', 'organization', 'indirect', [], 'says']] }, { source: 'footfall data', kind: 'organization' }],
    ['evidence inside words an according-to closes stays with the according-to', 'Records show fares rose 12%, according to the Harbor Board.', { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']], quotes: [['Records show fares rose 12%', 'the Harbor Board', 'Harbor Board', 'organization', 'indirect', [], 'according to']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['a count someone else sets inside the words is theirs', 'Organizers said 10,000 came, while police put the figure at 3,000.', { mentions: [['Organizers', 'group', 'Organizers', 'group'], ['police', 'group', 'Police', 'group']], quotes: [['10,000 came, while police put the figure at 3,000', 'Organizers', 'Organizers', 'group', 'indirect', [], 'said']] }, { source: 'Police', kind: 'group', mention: 'police' }],
    ['a comparison the writer appends after a medial frame is the writer\'s', 'The bridge cost $4 million, Mayor Ida Strand said, far more than the $2.5 million first planned.', { mentions: [['Mayor Ida Strand', 'title-name', 'Ida Strand']], quotes: [['The bridge cost $4 million, Mayor Ida Strand said, far more than the $2.5 million first planned', 'Mayor Ida Strand', 'Ida Strand', 'person', 'indirect', [], 'said']] }, { source: null, kind: 'unattributed' }],
    ['a figure before the medial frame stays the speaker\'s', 'The bridge cost $4 million, Mayor Ida Strand said, far more than planned.', { mentions: [['Mayor Ida Strand', 'title-name', 'Ida Strand']], quotes: [['The bridge cost $4 million, Mayor Ida Strand said, far more than planned', 'Mayor Ida Strand', 'Ida Strand', 'person', 'indirect', [], 'said']] }, { source: 'Ida Strand', kind: 'person' }],
    ['the old level after the new one a count-setter gives', 'The agency raised the death toll to 45 from 38 on Friday.', { mentions: [['The agency', 'organization', 'Agency', 'organization']] }, { source: 'Agency', kind: 'organization' }],
    ['a lower-case phrase in the speaker\'s place names a source', 'About 300 people died, according to local media.', { quotes: [['About 300 people died', 'local media', null, 'unknown', 'indirect', [], 'according to']] }, { source: 'local media', kind: 'unknown' }],
    ['a lower-case evidence phrase in the speaker\'s place is evidence', 'The mill shut in 2011, regional data show.', { quotes: [['The mill shut in 2011', 'regional data', null, 'unknown', 'indirect', [], 'show']] }, { source: 'regional data', kind: 'organization' }],
    ['a hedged claim an according-to closes keeps its named source', 'About 300 people are believed to have died, according to local media.', { quotes: [['About 300 people are believed to have died', 'local media', null, 'unknown', 'indirect', [], 'according to']] }, { source: 'local media', kind: 'unknown' }],
    ['a capitalised source closing the sentence leaves its full stop', 'Some 300 homes were lost, according to the Harbor Cross.', {}, { source: 'Harbor Cross', kind: 'organization', mention: 'Harbor Cross' }],
    ['court papers that show a figure', 'Court papers show the builder owed $2 million.', {}, { source: 'Court papers', kind: 'organization' }],
    ['text messages that show a figure', 'Text messages show the council paid $300 for each sign.', {}, { source: 'Text messages', kind: 'organization' }],
  ])('%s', (_name, text, setup, want) => {
    // the last figure in digits: the one each row is about (an earlier one may describe the source)
    const f = sourced(text, setup).filter((x) => /\d/.test(x.text)).pop()!;
    expect(f.source).toBe(want.source);
    expect(f.kind).toBe(want.kind);
    if (want.mention !== undefined) expect(f.mention).toBe(want.mention);
  });

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

// A direct quote after a colon lead-in with no speaker named, as the quote stage hands it over
function colonLed(text: string, content: string, mentions: Setup['mentions'] = []) {
  const st = state(text, { mentions, quotes: [[content, null, null, 'unknown', 'direct']] });
  const colon = text.lastIndexOf(':', text.indexOf(content));
  const quotes = st.quotes.map((q) => ({ ...q, rule: 'colon-lead-in', cue: { text: ':', start: colon, end: colon + 1 } }));
  return sourceFigures(findFigures({ ...st, quotes })).figures.filter((f) => /\d/.test(f.text)).map((f) => ({ text: f.text, source: f.source, kind: f.sourceKind }));
}

describe('sourceFigures: evidence leading a direct quote in with a colon', () => {
  it.each<[string, string, string, string]>([
    ['evidence right before the colon', 'The gap is plain from this later finding: “Some 40 firms paid no tax.”', 'Some 40 firms paid no tax.', 'this later finding'],
    ['evidence opening the lead-in', 'Still, a paper from the Ridge Institute was blunt about the plan: “Rents would rise 12%.”', 'Rents would rise 12%.', 'Ridge Institute'],
    ['evidence opening the lead-in, by nobody named', 'Still, a recent paper was blunt about the plan: “Rents would rise 12%.”', 'Rents would rise 12%.', 'a recent paper'],
    ['the figures inside are the evidence\'s, not a verb\'s subject there', 'Then came the county records: “Some 14 clinics reported 300 cases.”', 'Some 14 clinics reported 300 cases.', 'the county records'],
  ])('%s', (_name, text, content, source) => {
    for (const f of colonLed(text, content)) expect(f.source).toBe(source);
  });

  it.each<[string, string, string]>([
    ['a lead-in that names no evidence', 'The mood in town was grim: “We lost 40 boats.”', 'We lost 40 boats.'],
    ['the writer announcing the numbers', 'Here are the numbers: “40 boats lost, 12 crews saved.”', '40 boats lost, 12 crews saved.'],
    ['evidence deep inside a long lead-in, not its subject nor before the colon', 'Ann Roe, who wrote the report on the flood, was grim about it: “We lost 40 boats.”', 'We lost 40 boats.'],
  ])('leaves alone: %s', (_name, text, content) => {
    for (const f of colonLed(text, content)) expect(f.source).toBeNull();
  });
});

describe('sourceFigures: hedges', () => {
  it.each<[string, string]>([
    ['Some 40 ships are reportedly waiting.', 'reportedly'],
    ['It is believed at least 60 people died.', 'It is believed'],
    ['Some 200 staff are thought to be leaving.', 'are thought to'],
    ['An estimated 3,000 birds nest there.', 'An estimated'],
    ['The rebels allegedly seized 12 towns.', 'allegedly'],
    ['The deal, said to be worth $2 billion, closed on Friday.', 'said to be'],
    ['The tower appears to be 300 metres tall.', 'appears to be'],
    ['The club paid a fee reported to be $32 million.', 'reported to be'],
  ])('%s', (text, hedge) => {
    expect(sourced(text).find((f) => /\d|[a-z]/.test(f.text))?.hedge).toBe(hedge);
  });

  it.each<[string, string, string | null]>([
    ['The repairs were estimated at $2 million.', '$2 million', 'estimated'],
    ['He sold 12 boats and an estimated 40 cars.', '40', 'an estimated'],
    ['He sold 12 boats and an estimated 40 cars.', '12', null],
    // an upper bound is the figure's qualifier (at-most), not the writer's distance from it
    ['The ferry once carried as many as 400 passengers a day.', '400', null],
    ['Taxes could rise by as much as 6 percent.', '6 percent', null],
    ['They used the boats as much as possible in 2019.', '2019', null],
    ['I may have to wait until 2030.', '2030', null],
    ['The mast seems to lean, and it is 300 metres tall.', '300 metres', null],
    ['The crew seemed to be rowing toward a 40-year-old hulk.', '40-year-old', null],
    ['The dam burst in 1999, but reportedly nobody died.', '1999', null],
    ['The port is reportedly shut: 40 staff left.', '40', null],
  ])('%s -> hedge of %s', (text, figure, hedge) => {
    expect(sourced(text).find((f) => f.text.includes(figure))?.hedge ?? null).toBe(hedge);
  });

  it('does not reach across a sentence', () => {
    expect(sourced('Reportedly, talks stalled. The port handled 800 ships.').find((f) => f.text === '800')?.hedge).toBeNull();
  });

  it('a second-hand adverb in a paraphrase leaves the figure to unnamed reports', () => {
    const text = 'The envoy pledged support as 500 troops are reportedly massing nearby.';
    const f = sourced(text, { mentions: [['The envoy', 'description', 'Kim Ode']], quotes: [['support as 500 troops are reportedly massing nearby', 'The envoy', 'Kim Ode']] })[0]!;
    expect(f.source).toBeNull();
    expect(f.hedge).toBe('reportedly');
  });
});
