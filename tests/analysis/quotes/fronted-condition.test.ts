// A condition fronted before "X said" belongs to what was said ("Even if the dam holds, the engineer said the town
// must move"): the content runs from the sentence start over speaker and cue (quotes/fronted-condition.ts), as it
// already did before a quote in marks. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { frontedConditionStart } from '../../../src/analysis/quotes/fronted-condition.js';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a fronted condition before a reported clause', () => {
  it.each<[string, (string | null)[][]]>([
    ['Even if the dam holds, the engineer said the town must move.', [['Even if the dam holds, the engineer said the town must move', 'said']]],
    ['Unless the union agrees, the company said it would close the plant.', [['Unless the union agrees, the company said it would close the plant', 'said']]],
    ['And even if the ferry runs, the skipper said few would travel.', [['And even if the ferry runs, the skipper said few would travel', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a concession or a time clause is the writer's, unless commas set the frame off as an aside
    ['Although the plan passed, critics say it will not last.', [['it will not last', 'say']]],
    ['When the vote was called, she said the count was wrong.', [['the count was wrong', 'said']]],
    // a question put to the speaker
    ['If asked about the fee, the mayor said he would waive it.', [['he would waive it', 'said']]],
    // not a verb of saying: the condition is the writer's
    ['If the rain holds off, organisers expect a record crowd.', [['a record crowd', 'expect']]],
    // a "that" after a phrase set off inside the frame: the clause is the cue's object, the fronted phrase the writer's
    ['Though the ferry was late, the skipper said, in a note to passengers, that the crossing would run.', [['the crossing would run', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// the aside reading ("..., X said, ...") takes a concession after "And"/"But" as it takes one opening the sentence
describe('frontedConditionStart: a concession after And/But set off as an aside', () => {
  it.each<[string, string, number]>([
    ['And though the pier was shut', ', the ferries would run', 0],
    ['But although the stands were half empty', ', the players never gave up', 0],
    // leaves alone: no aside comma after the cue, or a scene the writer sets
    ['And though the pier was shut', ' the ferries would run', -1],
    ['And when the rain came', ', the covers were on', -1],
    ['And though the pier was shut', ', in a short notice, that ', -1],
  ])('%s|%s', (lead, afterCue, expected) => {
    expect(frontedConditionStart(lead, 0, 'content', 'say', afterCue)).toBe(expected);
  });
});

describe('quotes: a condition fronted before "X said, “...”"', () => {
  it.each<[string, M[], string[][]]>([
    ['If the levy passes, she said, “we will all pay.”', [['she', 'pronoun', null]],
      [['partial', 'If the levy passes, she said, “we will all pay.”', 'said']]],
  ])('is part of what was said: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a question put to the speaker is the interviewer's
    ['When she was asked about the levy, she said, “We will all pay.”', [['she', 'pronoun', null], ['she', 'pronoun', null]],
      [['direct', 'We will all pay.', 'said']]],
    // a participle clause has no subject of its own: the frame's
    ['While touring the plant, Ida Moss said, “We will all pay.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will all pay.', 'said']]],
    // a time phrase is the frame's
    ['On Monday, Ida Moss said, “We will all pay.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will all pay.', 'said']]],
  ])('leaves the quote direct: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).filter((q) => q.cue?.text === 'said').map(row)).toEqual(expected);
  });
});
