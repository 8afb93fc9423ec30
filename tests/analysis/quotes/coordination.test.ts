// Two verbs joined by "and" in one sentence: one attribution or two; and the "that" before a quote.
// Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';
import { bareCue, cueTense, inflectedCue } from '../../../src/analysis/quotes/verb-form.js';
import type { Cue } from '../../../src/types.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: a bare verb after an inflected cue goes on with the reported clause', () => {
  it.each<[string, M[], string[][]]>([
    ['Tom Fenn says he would sit the board down and tell it “no more delays.”', [['Tom Fenn', 'name', 0]],
      [['partial', 'he would sit the board down and tell it “no more delays.”', 'says']]],
    ['Ida Moss called on parents to read the report and think about the cost.', [['Ida Moss', 'name', 0]],
      [['indirect', 'parents to read the report and think about the cost', 'called on']]],
    ['The coach asked the players to stay calm and also say nothing to the press.', [['The coach', 'description', null]],
      [['indirect', 'the players to stay calm and also say nothing to the press', 'asked']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // two inflected verbs: the speaker did both
    ['Ida Moss said she would resign and urged others to follow.', [['Ida Moss', 'name', 0]],
      [['indirect', 'she would resign', 'said'], ['indirect', 'others to follow', 'urged']]],
    // a bare first verb ("will say"): no telling whose the second one is, so two records as before
    ['Some members will say the plan is late and urge a vote.', [['Some members', 'group', null]],
      [['indirect', 'the plan is late', 'will say'], ['indirect', 'a vote', 'urge']]],
  ])('keeps two attributions: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a verb with its own auxiliary after a frame in mid-sentence is the speaker's, not the content's
    ['The firm has not paid the fine, its lawyer told reporters, and does not intend to.', [['its lawyer', 'description', null]],
      [['indirect', 'The firm has not paid the fine', 'told']]],
  ])('keeps the content before a frame: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: verb-form', () => {
  const cue = (text: string, lemma: string): Cue => ({ text, lemma, start: 0, end: text.length, kind: 'verb' });
  it.each<[string, string, boolean, boolean]>([
    ['said', 'say', true, false],
    ['has also urged', 'urge', true, false],
    ['is releasing', 'release', true, false],
    ['tell', 'tell', false, true],
    ['also say', 'say', false, true],
    ['will say', 'say', false, false],
    ['does not intend', 'intend', true, false],
    ['has told', 'tell', true, false],
    // "put" is its own past: not known to be bare
    ['put', 'put', false, false],
  ])('%s (%s): inflected %s, bare %s', (text, lemma, inflected, bare) => {
    expect([inflectedCue(cue(text, lemma)), bareCue(cue(text, lemma))]).toEqual([inflected, bare]);
  });
  it.each<[string, string, ReturnType<typeof cueTense>]>([
    ['estimated', 'estimate', 'past'],
    ['also told', 'tell', 'past'],
    ['urges', 'urge', 'present'],
    ['has apologised', 'apologise', 'perfect'],
    ['would say', 'say', null],
    ['had warned', 'warn', null],
    ['urge', 'urge', null],
    ['is urging', 'urge', null],
  ])('%s (%s): tense %s', (text, lemma, tense) => {
    expect(cueTense(cue(text, lemma))).toBe(tense);
  });
});

describe('quotes: the writer\'s "that" before a quote', () => {
  it.each<[string, M[], string[][]]>([
    ['Ida Moss told the crowd that “we will win this.”', [['Ida Moss', 'name', 0]],
      [['partial', 'that “we will win this.”', 'told']]],
    ['The memo warns that “the river will flood.”', [['The memo', 'description', null]],
      [['partial', 'that “the river will flood.”', 'warns']]],
  ])('makes it partial, "that" included: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // the one told, or a time phrase, before a colon is no part of the quote
    ['Ida Moss told the crowd: “We will win this.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will win this.', 'told']]],
    ['Ida Moss said on Monday: “We will win this.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will win this.', 'said']]],
    // "that" inside the marks is the speaker's own word
    ['Ida Moss said, “That is all we ask.”', [['Ida Moss', 'name', 0]],
      [['direct', 'That is all we ask.', 'said']]],
  ])('leaves a quote with no "that" before it direct: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
