// A second attribution inside a first one's content, with a long subject of its own right after a clause
// join, a comma or a dash (quotes/own-clause.ts): the first content ends at the join and both stand. Invented
// texts, run through the whole pipeline: the rule reads the subject the mentions and speakers stages found.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const runQuotes = (text: string) => analyze({ id: 't', text }).quotes;

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null];

describe('quotes: a clause of its own inside a content ends that content', () => {
  it.each<[string, (string | null)[][]]>([
    ['The coach said his side played well, but the captain of the visiting team claimed the referee had erred.',
      [['indirect', 'his side played well', 'The coach', 'said'], ['indirect', 'the referee had erred', 'the captain', 'claimed']]],
    ['Residents said the river rose overnight, and emergency crews in the valley expected more rain.',
      [['indirect', 'the river rose overnight', 'Residents', 'said'], ['indirect', 'more rain', 'emergency crews', 'expected']]],
    ['The harbour board has repeated the claim that the pier was unsafe, and a fan group in the north stand of Tarnby echoed the warning.',
      [['indirect', 'the claim that the pier was unsafe', 'The harbour board', 'has repeated'], ['indirect', 'the warning', 'a fan group', 'echoed']]],
    ['Most older women preferred Ida Varn while about 6 in 10 young men supported Ivo Berg.',
      [['indirect', 'Ida Varn', 'Most older women', 'preferred'], ['indirect', 'Ivo Berg', '10 young men', 'supported']]],
    // a dash and 'but' or 'and' join two clauses as a comma does
    ['The mayor praised the harbour deal -- but the dockers\' union called it a sellout.',
      [['indirect', 'the harbour deal', 'The mayor', 'praised'], ['indirect', 'it a sellout', 'the dockers\' union', 'called']]],
    ['The ferry firm proposed a winter timetable - and the island council rejected the plan as too thin.',
      [['indirect', 'a winter timetable', 'The ferry firm', 'proposed'], ['indirect', 'the plan as too thin', 'the island council', 'rejected']]],
    ['The ferry firm proposed a winter timetable – and the elected council of the northern islands rejected it as too thin.',
      [['indirect', 'a winter timetable', 'The ferry firm', 'proposed'], ['indirect', 'it as too thin', 'the elected council', 'rejected']]],
  ])('%s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // the comma closes a subordinate clause that opens the reported clause: its main clause follows
    ['Ivo Berg announced in May that while the mill had broken the rules, he would not fine it.',
      [['indirect', 'while the mill had broken the rules, he would not fine it', 'Ivo Berg', 'announced']]],
    // a short first part before ", and" is one subject in two parts, not a clause
    ['Ada Kim said the club, and fans in the north stand wanted a new ground.',
      [['indirect', 'the club, and fans in the north stand wanted a new ground', 'Ada Kim', 'said']]],
    // words set off between dashes inside the reported clause: its subject goes on to its verb
    ['Pia Lund said the offer - and the terms attached to it - were fair.',
      [['indirect', 'the offer - and the terms attached to it - were fair', 'Pia Lund', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(runQuotes(text).map(row)).toEqual(expected);
  });
});
