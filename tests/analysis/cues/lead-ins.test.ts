// "as per X" and a set-off "per X" name a source as "according to X" does (cues/lead-ins.ts); "per" as the rate word
// ("$5 per gallon", "per capita") or inside a clause's aside is no source.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

/** [cue, content, speaker mention] of each record. */
const rows = (text: string): [string | null, string, string | null][] =>
  analyze({ id: 'd', text }).quotes.map((q) => [q.cue?.text ?? null, q.text, q.speakerMention?.text ?? null]);

describe('"as per X" and "per X" as a source', () => {
  it.each<[string, [string, string, string][]]>([
    ['Yields will fall 8 percent this year, as per the farm ministry.', [['as per', 'Yields will fall 8 percent this year', 'the farm ministry']]],
    ['As per the farm ministry, yields will fall 8 percent this year.', [['As per', 'yields will fall 8 percent this year', 'the farm ministry']]],
    ['Per the harbor authority, the ferry will not sail on Sunday.', [['Per', 'the ferry will not sail on Sunday', 'the harbor authority']]],
    ['Diesel costs $5 per gallon in Tarnby, per the energy agency.', [['per', 'Diesel costs $5 per gallon in Tarnby', 'the energy agency']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('leaves alone', () => {
  it.each([
    'Diesel costs $5 per gallon in Tarnby.',
    'Income per capita rose by a tenth.',
    'The club paid 40 euros, per head, for the trip.',
    // an aside inside one clause: the words before it are no content
    'Half the grant, per the rules, goes to rural schools.',
    // lower case after "per": no named source
    'Police withheld the names, per standard practice.',
    // a capital "Per" inside a sentence is a first name
    'Goals came from Ivo Berg, Per Lund and Tom Ash.',
    // the idiom "as per usual" names no source
    'As per usual, the late train from Orvo was full.',
    'The ferry ran late, as per normal on a Friday.',
  ])('%s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  // an opening "Per" before an apposition is a first name: the verb's record stands, no "per" source
  it.each<[string, [string, string][]]>([
    ['Per Olsen, the coach, said the squad was ready.', [['said', 'the squad was ready']]],
    ['Per Olsen, 34, said the squad was ready.', [['said', 'the squad was ready']]],
  ])('%s', (text, expected) => {
    expect(rows(text).map(([cue, content]) => [cue, content])).toEqual(expected);
  });

  // so is an opening "Per" whose name a relative clause or the name's own verb follows: the whole name speaks
  it.each<[string, [string, string, string][]]>([
    ['Per Lindqvist, who runs the ferry company, said fares would rise in May.', [['said', 'fares would rise in May', 'Per Lindqvist']]],
    ['Per Aasen, whose farm lies by the river, told reporters the water was rising.', [['told', 'the water was rising', 'Per Aasen']]],
    ['Per Vik, who chairs the board, has warned that the fund is short.', [['has warned', 'the fund is short', 'Per Vik']]],
    ['Per Dahl said the orchestra would tour Japan next year.', [['said', 'the orchestra would tour Japan next year', 'Per Dahl']]],
    ['Per Moberg has warned that the dam is unsafe.', [['has warned', 'the dam is unsafe', 'Per Moberg']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('an opening "Per" before a source that a clause follows stays the source preposition', () => {
  it.each<[string, [string, string, string][]]>([
    ['Per Reuters, the talks collapsed late on Friday.', [['Per', 'the talks collapsed late on Friday', 'Reuters']]],
    ['Per NBC News sources, the merger is off.', [['Per', 'the merger is off', 'NBC News sources']]],
    ['Per the coastguard, two boats are missing.', [['Per', 'two boats are missing', 'the coastguard']]],
    // a person's relative clause with no verb of the name's after it: the person vouches for the clause that follows
    ['Per Ada Lind, who led the audit, the losses were small.', [['Per', 'the losses were small', 'Ada Lind']]],
    ['Per Tomas Ruud, whose firm ran the survey, most tenants want to stay.', [['Per', 'most tenants want to stay', 'Tomas Ruud']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
