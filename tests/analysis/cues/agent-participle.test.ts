// A stance participle describing a noun, its holder after "by" (cues/agent-participle.ts): the participle is a noun
// cue, read with the noun phrase before it. Sentences the pattern must leave alone come first.
import { describe, expect, it } from 'vitest';
import { findAgentParticipleCues, nounBeforeParticiple } from '../../../src/analysis/cues/agent-participle.js';

/** [cue, the noun phrase before it] for each stance participle the finder reads. */
const read = (text: string): [string, string][] => findAgentParticipleCues(text, () => false).map((c) => {
  const noun = nounBeforeParticiple(text, 0, c.start, c.text);
  return [c.text, noun === null ? '' : text.slice(noun.start, noun.end)];
});

describe('cues: stance participles with a "by" agent leave these alone', () => {
  it.each([
    // a finite passive: the verb pass reads it
    'The ferry levy was backed by the harbour board.',
    // no determiner or possessor before the participle: a headline's bare noun, or the subject of a finite verb
    'Toll plan backed by unions wins council vote',
    'Growers backed by the dozen in the spring fair.',
    // money backs a loan, not a view
    'The loan backed by the province was repaid early.',
    'A bond backed by the port authority sold out in an hour.',
    // a body or group backed or supported with money, arms or staff, not with a view
    'A militia backed by the border army patrols the hills.',
    'The startup, backed by a venture fund, hired 30 coders.',
    'A coalition supported by two neighbouring states shelled the port.',
    'The rebels, backed by a foreign power, took the airport.',
    'A consortium backed by three banks won the tender for the tunnel.',
    'The clinic, supported by the diocese, will stay open.',
    // a person welcomed or embraced is greeted in body
    'The envoy, welcomed by the mayor at the quay, toured the docks.',
    'The coach embraced by her players left the pitch in tears.',
    // verbs whose participle is as often a deed stay out of the list
    'The convoy attacked by gunmen turned back.',
    'A driver questioned by police was released.',
    'The rules proposed by the board take effect in May.',
    // a past form between determiner and participle: no noun phrase
    'The union said the plan was widely backed by members.',
    // "that" after a verb opens a clause, not a phrase
    'She said that growers backed by the lobby were few.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('cues: a stance participle after a noun phrase, with "by" and its agent', () => {
  it.each([
    ['The council adopted a plan backed by the teachers\' unions.', [['backed', 'a plan']]],
    ['A bill opposed by two senators would cap rents in the capital.', [['opposed', 'A bill']]],
    ['A documentary panned by critics topped the streaming chart.', [['panned', 'A documentary']]],
    ['The candidate favoured by party elders lost the runoff.', [['favoured', 'The candidate']]],
    ["Rask's budget, criticized by the auditors, goes to a vote.", [['criticized', "Rask's budget"]]],
    ['The truce, welcomed by both churches, held for a week.', [['welcomed', 'The truce']]],
    // backing a measure or a person's bid is a view, whoever backs it
    ['A strike backed by most nurses closed the wards.', [['backed', 'A strike']]],
    ['A nominee supported by the governor faces a hearing.', [['supported', 'A nominee']]],
    ['The firm, praised by regulators, cut its fees.', [['praised', 'The firm']]],
    ['Residents rejected the mayor\'s rezoning scheme endorsed by the chamber of commerce.', [['endorsed', "the mayor's rezoning scheme"]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
