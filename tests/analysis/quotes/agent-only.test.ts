// A passive cue whose content would be only its agent ("was backed by most of the council, ..."): the
// agent says who, not what, so the record reports its subject, or nothing when the subject is a relative
// pronoun. Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a passive cue with only its agent after it', () => {
  it.each<[string, M[], string[][]]>([
    // a relative pronoun subject: no claim is reported
    ['The outage came after a leak which was claimed by a hacking group.', [['a hacking group', 'description', null]], []],
    ['The essay was a reply to a letter that was published by a rival weekly after the vote.', [['a rival weekly', 'description', null]], []],
    // a time phrase before "by", or an aside after the agent: the subject is what was backed
    ['Ivo Tam was also endorsed the next day by his former rival.', [['Ivo Tam', 'name', null], ['his former rival', 'description', null]],
      [['indirect', 'Ivo Tam', 'was also endorsed']]],
    ['The new fare plan has been welcomed by commuter groups, including the Riders Union.', [['commuter groups', 'description', null], ['the Riders Union', 'name', null]],
      [['indirect', 'The new fare plan', 'has been welcomed']]],
    // a verb of telling with only its agent: the subject is the one told, nothing told is reported
    ['Tallow Mills was advised by Reed & Co.', [['Tallow Mills', 'name', null], ['Reed & Co.', 'name', null]], []],
    ['The ferry crew was warned by the harbour master on Friday.', [['the harbour master', 'description', null]], []],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a reason or topic after the agent is the content
    ['The mayor was criticised by residents for closing the pool.', [['The mayor', 'description', null], ['residents', 'description', null]],
      [['indirect', 'by residents for closing the pool', 'was criticised']]],
    // "by" and a gerund is how the subject answered
    ['The council countered by suggesting a new date.', [['The council', 'description', null]],
      [['indirect', 'a new date', 'suggesting']]],
    // a verb of telling with a clause after its agent: what was told, never the one told
    ['The crew was told by officials the pier would close.', [['officials', 'group', null]],
      [['indirect', 'the pier would close', 'was told']]],
    ['Tallow Mills was urged by its bankers to sell the mill.', [['Tallow Mills', 'name', null], ['its bankers', 'description', null]],
      [['indirect', 'by its bankers to sell the mill', 'was urged']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

// a passive of naming or judging with its complement and then its agent (quotes/content-after-passive.ts): the subject, cue and
// complement are one content, the agent its speaker
describe('quotes: a naming passive with its complement and agent', () => {
  const speakerRow = (q: ReturnType<typeof runQuotes>[number]) => [q.text, q.cue?.text ?? null, q.speakerMention?.text ?? null];
  it.each<[string, M[], string[][]]>([
    ['Raw milk is considered unsafe by health officials.', [['health officials', 'group', null]],
      [['Raw milk is considered unsafe', 'is considered', 'health officials']]],
    ['The mayor has been called a liar by his rivals.', [['The mayor', 'description', null], ['his rivals', 'description', null]],
      [['The mayor has been called a liar', 'has been called', 'his rivals']]],
    ['The levy was described as reckless by the union.', [['the union', 'description', null]],
      [['The levy was described as reckless', 'was described as', 'the union']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(speakerRow)).toEqual(expected);
  });

  it.each<[string, M[]]>([
    // no complement: a movement or a sighting, not a view
    ['The ferry was called back by the harbor master.', [['the harbor master', 'description', null]]],
    ['The striker was seen in the city by fans on Sunday.', [['fans', 'group', null]]],
  ])('leaves alone: %s', (text, ms) => {
    expect(runQuotes(text, ms).map(speakerRow)).toEqual([]);
  });
});
