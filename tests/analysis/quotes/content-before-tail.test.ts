// The tail after the cue of a content that stands before it (quotes/content-before-tail.ts): a listener
// and where it was said, a noun phrase the writer appends, the participle of a statement (the content
// stays before the cue); a contrast with no verb of its own (the content goes on past the cue, an aside).
// Invented texts; hand-built mentions (quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { afterListener, appendedNounPhrase, ellipticalContrast } from '../../../src/analysis/quotes/content-before-tail.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

const rows = (text: string, ms: M[]) => runQuotes(text, ms).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a content before its cue keeps it when a listener, an appended phrase or a participle follows', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['The ferry will run twice a day, Ola Berg told a packed meeting in the school hall at Vestby.',
      [['Ola Berg', 'name', 0]], [['The ferry will run twice a day', 'told']]],
    ['Two pumps had failed, the engineer told the inquiry on its second day.',
      [['the engineer', 'description', 0]], [['Two pumps had failed', 'told']]],
    ['Water bills will rise by 6 percent in April, the utility announced on Monday, the steepest rise for households in more than a decade.',
      [['the utility', 'organization', 0]], [['Water bills will rise by 6 percent in April', 'announced']]],
    ['The bridge will reopen in May, the council said in a statement released on Friday.',
      [['the council', 'organization', 0]], [['The bridge will reopen in May', 'said in a statement']]],
    // an appended phrase opened by "one of the" or "a": the writer's, as after "the"
    ['Old coins found in a field date from the second century, a museum reported on Friday, one of the largest hoards on record.',
      [['a museum', 'description', 0]], [['Old coins found in a field date from the second century', 'reported']]],
    ['The mill will hire 40 workers, the owners announced on Tuesday, a first for the valley in years.',
      [['the owners', 'group', 0]], [['The mill will hire 40 workers', 'announced']]],
    // and one opened by "in" or "amid"
    ['Ferry crews will stop work for three days from Monday, their union announced on Friday, in the latest turn of a long row over rotas.',
      [['their union', 'organization', 0]], [['Ferry crews will stop work for three days from Monday', 'announced']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // an aside whose content goes on after the cue: the noun phrase is the content's, not appended
    ['Without the grant, she said, the clinic would close.',
      [['she', 'pronoun', 0]], [['Without the grant, she said, the clinic would close', 'said']]],
    // a listener and then a reported clause: the content is after the cue
    ['On the pier, Ola Berg told reporters at the harbour the ferry would stop.',
      [['Ola Berg', 'name', 0]], [['the ferry would stop', 'told']]],
    // with nothing before the subject, what follows the cue is its object, appended phrase and all
    ['The council announced a rise in fares on Monday, a first for the town.',
      [['The council', 'organization', 0]], [['a rise in fares on Monday, a first for the town', 'announced']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });
});

describe('quotes: a contrast with no verb of its own after an aside goes on with the content', () => {
  it.each<[string, M[], (string | null)[][]]>([
    ['The canteen food was cheap, the students said, but bland.',
      [['the students', 'group', 0]], [['The canteen food was cheap, the students said, but bland', 'said']]],
    ['Her first landlord was strict, Ada Voss recalls, but generous with repairs once he trusted you.',
      [['Ada Voss', 'name', 0]], [['Her first landlord was strict, Ada Voss recalls, but generous with repairs once he trusted you', 'recalls']]],
    ['The new timetable is tight, the drivers\' union says, yet workable for most crews.',
      [["the drivers' union", 'organization', 0]], [["The new timetable is tight, the drivers' union says, yet workable for most crews", 'says']]],
  ])('%s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, M[], (string | null)[][]]>([
    // a verb after "but": the speaker's own next act, no part of the content
    ['The harbour will stay open, the mayor said, but gave no date for the repairs.',
      [['the mayor', 'description', 0]], [['The harbour will stay open', 'said']]],
    // an adverbial after "but": left to the clause reading as before
    ['The pool will reopen in May, the council said, but only for members.',
      [['the council', 'organization', 0]], [['The pool will reopen in May', 'said']]],
    // an adjective before its noun: the clause after "but" is the writer's own
    ['The ferry is back in service, the operator said, but high fares keep tourists away.',
      [['the operator', 'description', 0]], [['The ferry is back in service', 'said']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(rows(text, ms)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    [', but fair to the players.', true],
    [', yet not hostile.', true],
    [', but added that the paint was peeling.', false],
    [', but the firm denied it.', false],
    [' on Monday, but bland.', false],
    // an adjective before a noun opens a clause of its own
    [', but late payments remain a worry.', false],
    [', but rising rents will hurt students.', false],
    [', yet small problems persist with the roof.', false],
    [', but never dull', true],
  ])('ellipticalContrast(%j)', (tail, expected) => {
    expect(ellipticalContrast(tail)).toBe(expected);
  });
});

describe('content-before-tail: the listener and the appended phrase', () => {
  it.each<[string, string | null]>([
    [' a public meeting in the town hall', ' in the town hall'],
    [' reporters outside the court', ' outside the court'],
    [' them she was leaving on Monday', null],
    [' a friend who lives in Tarnby', null],
    [' reporters', null],
  ])('afterListener(%j)', (tail, expected) => {
    expect(afterListener(tail)).toBe(expected);
  });

  it.each<[string, number]>([
    [' on Monday, the steepest rise since 2011.', 10],
    [' in Tarnby, the capital.', 10],
    [', the clinic would close.', -1],
    [' on Monday, the day the plant would close.', -1],
    [' on Monday', -1],
    [' on Friday, amid a long row over rotas.', 10],
    // a clause after "in": no phrase the writer appends
    [' on Friday, in the hope the talks would resume.', -1],
    // right after the cue a phrase is the aside's own, even one with an -est word ("west", "rest", "latest")
    [', the west of the valley still under water.', -1],
    [', the rest of the season looking brighter.', -1],
  ])('appendedNounPhrase(%j)', (tail, expected) => {
    expect(appendedNounPhrase(tail)).toBe(expected);
  });
});

describe('quotes: an infinitive after the cue is its complement, not a tail', () => {
  it.each<[string, M[], string[][]]>([
    // a fronted adverbial, then "X refused to ...": the content is the infinitive, not the adverbial
    ['So far, the council has refused to discuss the rents.', [['the council', 'description', null]],
      [['indirect', 'to discuss the rents', 'has refused']]],
    ['With the budget passed, Tom Fenn seeks to cut the rates.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'to cut the rates', 'seeks']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // "to" before a listener is a tail: the content is before the frame
    ['The firm will cut 300 jobs, Ida Moss announced in a memo to employees on Monday.', [['Ida Moss', 'name', 0]],
      [['indirect', 'The firm will cut 300 jobs', 'announced in a memo']]],
    ['The port will shut, Ida Moss said to reporters.', [['Ida Moss', 'name', 0]],
      [['indirect', 'The port will shut', 'said']]],
  ])('keeps a listener after "to" as the tail: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
