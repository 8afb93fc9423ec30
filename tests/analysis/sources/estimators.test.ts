// Who counts or estimates (src/analysis/sources/estimators.ts): by X's own account, who puts or raises a count,
// an estimator closing the clause. Rows run the whole sources stage on hand-built states; texts are invented.
import { describe, it } from 'vitest';
import { expectSource, type Setup, type Want } from './sources-of.js';

describe('sourceFigures: estimators and count-setters', () => {
  it.each<[string, string, Setup, Want]>([
    ['who raises a running count', 'Rescue work went on. The mine safety office raised the death toll from the blast to 45 on Friday.', { mentions: [['The mine safety office', 'organization', 'Mine Safety Office', 'organization']] }, { source: 'Mine Safety Office', kind: 'organization' }],
    ['who puts a cost at a figure', 'Officials put the cost at about $3 million.', { mentions: [['Officials', 'group', 'Officials', 'group']] }, { source: 'Officials', kind: 'group' }],
    ["by X's own account", "By Ann Roe's own account, she sold 40 boats.", { mentions: [['Ann Roe', 'name', 'Ann Roe'], ['she', 'pronoun', 'Ann Roe']] }, { source: 'Ann Roe', kind: 'person', mention: 'Ann Roe' }],
    ['by his own count: the owner, not the count', 'He has made the crossing, by his own count, more than 600 times.', { mentions: [['He', 'pronoun', 'Bo Lee'], ['his', 'pronoun', 'Bo Lee']] }, { source: 'Bo Lee', kind: 'person', mention: 'his' }],
    ['by an owner no entity stands behind', 'He has made the crossing, by his own count, more than 600 times.', { mentions: [['his', 'pronoun', null]] }, { source: 'his', kind: 'unknown', mention: 'his' }],
    ["by X's estimate, with X no mention", "By the ministry's own estimate, 3,000 homes were lost.", {}, { source: 'the ministry', kind: 'unknown', mention: 'the ministry' }],
    ["by X's tally, X an organisation", "By the Harbor Board's tally, 40 boats sank.", { mentions: [['the Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization', mention: 'the Harbor Board' }],
    ['an estimator closing a long clause', 'About 40% of all water put into the network is lost to leaks, the regulator estimates.', { mentions: [['the regulator', 'description', null]] }, { source: 'the regulator', kind: 'unknown' }],
    ['by his reckoning, a date', 'By his reckoning, the mill closed in 1998.', { mentions: [['his', 'pronoun', 'Bo Lee']] }, { source: 'Bo Lee', kind: 'person' }],
    ['an estimator closing the clause', 'Exports rose 4%, the Trade Office estimates.', { mentions: [['the Trade Office', 'organization', 'Trade Office', 'organization']] }, { source: 'Trade Office', kind: 'organization' }],
    ['who puts any quantity at a figure', 'A trade office spokesman put the rise at 4%.', { mentions: [['A trade office spokesman', 'description', 'Spokesman']] }, { source: 'Spokesman', kind: 'person' }],
    ['who cuts their own forecast to a figure', 'Orlan Foods cut its full-year forecast to $2.10 a share.', { mentions: [['Orlan Foods', 'organization', 'Orlan Foods', 'organization']] }, { source: 'Orlan Foods', kind: 'organization' }],
    ['who keeps their own target at a figure', 'The Harbor Board kept its emissions target at 40%.', { mentions: [['The Harbor Board', 'organization', 'Harbor Board', 'organization']] }, { source: 'Harbor Board', kind: 'organization' }],
    ['a count someone else sets inside the words is theirs', 'Organizers said 10,000 came, while police put the figure at 3,000.', { mentions: [['Organizers', 'group', 'Organizers', 'group'], ['police', 'group', 'Police', 'group']], quotes: [['10,000 came, while police put the figure at 3,000', 'Organizers', 'Organizers', 'group', 'indirect', [], 'said']] }, { source: 'Police', kind: 'group', mention: 'police' }],
    ['the old level after the new one a count-setter gives', 'The agency raised the death toll to 45 from 38 on Friday.', { mentions: [['The agency', 'organization', 'Agency', 'organization']] }, { source: 'Agency', kind: 'organization' }],
  ])('%s', (_name, text, setup, want) => expectSource(text, setup, want));
});
