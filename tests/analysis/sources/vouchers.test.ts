// Vouchers named in the sentence (src/analysis/sources/vouchers.ts): according to X, as reported by X, per X, a report
// by X, (X) after the figure. Rows run the whole sources stage on hand-built states; texts are invented.
import { describe, it } from 'vitest';
import { expectSource, type Setup, type Want } from './sources-of.js';

describe('sourceFigures: vouchers named in the sentence', () => {
  it.each<[string, string, Setup, Want]>([
    ['according to X', 'Some 300 farms closed last year, according to the Farm Bureau.', { mentions: [['the Farm Bureau', 'organization', 'Farm Bureau', 'organization']] }, { source: 'Farm Bureau', kind: 'organization', mention: 'the Farm Bureau' }],
    ['according to an unnamed study', 'Rents rose 9% in a year, according to a recent survey.', {}, { source: 'a recent survey', kind: 'organization' }],
    ['a report by X', 'A report by the Water Institute found 45% of wells were dry.', { mentions: [['the Water Institute', 'organization', 'Water Institute', 'organization']] }, { source: 'Water Institute', kind: 'organization' }],
    ['(X) after the figure', 'Exports reached $3 billion (Trade Office) in March.', { mentions: [['Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['as reported by X', 'As reported by the Harbor Gazette, 120 boats were lost.', { mentions: [['the Harbor Gazette', 'organization', 'Harbor Gazette', 'organization']] }, { source: 'Harbor Gazette', kind: 'organization', mention: 'the Harbor Gazette' }],
    ['an acronym in parentheses', 'Output fell 4% (NSO) last quarter.', {}, { source: 'NSO', kind: 'organization' }],
    // a share written in words, any count (lexicon/number-words.ts COUNT_WORDS)
    ['a share in words speaks for the poll the sentence names', 'Eleven out of twenty tenants in a survey by the Tarn Trust said 90 homes were damp.', { mentions: [['tenants', 'group', 'Tenants', 'group'], ['the Tarn Trust', 'organization', 'Tarn Trust', 'organization']], quotes: [['90 homes were damp', 'tenants', 'Tenants', 'group']] }, { source: 'Tarn Trust', kind: 'organization' }],
    ['a figure before a mid-sentence according-to is its claim', 'Its rate fell to 17%, according to the firm, compared with a year ago.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: 'Firm', kind: 'organization' }],
    ['an according-to opening the sentence frames all after it', 'According to the firm, its rate fell to 17%, compared with 25% before.', { mentions: [['the firm', 'organization', 'Firm', 'organization']] }, { source: 'Firm', kind: 'organization' }],
    ['a relative clause after the figure, then a set-off according-to: its source', 'The boxer weighs 92 kilos, which is a career high, according to the league.', { mentions: [['the league', 'organization', 'League', 'organization']] }, { source: 'League', kind: 'organization' }],
    ['a figure before a report by X that closes its clause', 'Exports fell 4% last year, a report by the Trade Office found.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['according to evidence from a named body: the body', 'Rents rose 40%, according to data from the Harbor Board.', { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['according to evidence compiled by an unnamed body: the whole phrase', 'According to figures compiled by the league, Ann Roe scored 61 goals.', {}, { source: 'figures compiled by the league', kind: 'organization' }],
    ['a labelled source in parentheses', 'Exports rose 4% last year (Source: Trade Office).', { mentions: [['Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['per X set off by a comma', 'Exports rose 4%, per the Trade Office.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['a voucher in the sentence beats a pronoun speaker', 'A county report came out. It said that, according to the Harbor Board, 40 boats sank.', { mentions: [['It', 'pronoun', 'County Report', 'organization'], ['the Harbor Board', 'organization', 'Harbor Board', 'organization']], quotes: [['according to the Harbor Board, 40 boats sank', 'It', 'County Report', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['a capitalised source closing the sentence leaves its full stop', 'Some 300 homes were lost, according to the Harbor Cross.', {}, { source: 'Harbor Cross', kind: 'organization', mention: 'Harbor Cross' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));
});
