// quotes/content-before-lead.ts: a colon or a dash leading into a quote that fills the content of a "..., she said."
// frame: the narration before it is the writer's, and the content is the quote alone. Invented texts, whole analysis.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';
import { leadInQuoteStart } from '../../../src/analysis/quotes/content-before-lead.js';

const rows = (text: string): [string, string, string | null][] =>
  analyze({ id: 't', text }).quotes.map((q) => [q.type, q.text, q.cue?.text ?? null]);

describe('quotes/content-before-lead: the quote after a lead-in is the content', () => {
  it.each<[string, [string, string, string | null][]]>([
    ['The keeper stayed behind after training — “just to get a feel for the ball again,” she said.',
      [['direct', 'just to get a feel for the ball again,', 'said']]],
    ['He walked the course twice on Friday—“so nothing surprises me,” the rider said.', [['direct', 'so nothing surprises me,', 'said']]],
    ['The baker opens at five – “the bread will not wait”, she said.', [['direct', 'the bread will not wait', 'said']]],
    ['The chef set out her rule: “Nothing leaves the pass cold,” she said.', [['direct', 'Nothing leaves the pass cold,', 'said']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, [string, string, string | null][]]>([
    // the quote stands inside the clause, with words after it: the paraphrase around it is the content
    ['The roof — “a sieve” by his account — leaked all winter, the tenant said.',
      [['partial', 'The roof — “a sieve” by his account — leaked all winter', 'said']]],
    // a dash after the quote, not before it
    ['The pitch was “a swamp” — and nobody cared, the groundsman said.',
      [['partial', 'The pitch was “a swamp” — and nobody cared', 'said']]],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('quotes/content-before-lead: leadInQuoteStart', () => {
  it.each<[string, number | null]>([
    ['He rested — “to stay fresh,”', 12],
    ['He rested: “to stay fresh,”', 10],
    // a hyphen inside a word is no dash
    ['A well-“known” rule', null],
    // no quote after the dash
    ['He rested — to stay fresh', null],
  ])('%s', (lead, start) => {
    expect(leadInQuoteStart(lead, 0, lead.length)).toBe(start);
  });
});
