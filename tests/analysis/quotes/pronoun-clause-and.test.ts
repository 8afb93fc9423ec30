// A bare "and"/"but", a subject pronoun and a verb of saying open a second attribution
// (quotes/content-end-pronoun.ts): "told reporters the pier was safe and she said ..." is two reports.
// Invented texts.
import { describe, expect, it } from 'vitest';
import { pronounClauseStart } from '../../../src/analysis/quotes/content-end-pronoun.js';
import { runQuotes } from '../quote-run.js';
import type { Cue } from '../../../src/types.js';

const rows = (text: string) => runQuotes(text).map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes: a pronoun clause of saying after a bare conjunction ends the content', () => {
  it.each<[string, (string | null)[][]]>([
    ['Rhea Voss told a news conference the pier had been safe and she said repairs would start in May.',
      [['the pier had been safe', 'told'], ['repairs would start in May', 'said']]],
    ['The coach said his side had been unlucky and he added that the referee had missed a penalty.',
      [['his side had been unlucky', 'said'], ['the referee had missed a penalty', 'added']]],
    ['Tomas Berg said the storm had passed but he warned that rivers would keep rising.',
      [['the storm had passed', 'said'], ['rivers would keep rising', 'warned']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a noun after "and" may be the content's second subject
    ['The clerk said the ballots were counted and the observers agreed.',
      [['the ballots were counted and the observers agreed', 'said']]],
    // a belief after the pronoun may share the first clause: left to the other rules
    ['Police said the driver fled on foot and they believe he had been drinking.',
      [['the driver fled on foot and they believe he had been drinking', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    [' the pier was safe and she ', 'said', 18],
    [' the pier was safe but they later ', 'wrote', 18],
    [' the pier was safe and she ', 'hoped', -1],
    [' the pier was safe and the mayor ', 'said', -1],
  ])('pronounClauseStart(%j, %s)', (clause, lemma, expected) => {
    const c = { text: lemma, lemma, start: 100, end: 100 + lemma.length, kind: 'verb' } as unknown as Cue;
    expect(pronounClauseStart(clause, c)).toBe(expected);
  });
});
