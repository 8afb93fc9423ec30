// A cue inside a dash aside says no more than the aside holds (quotes/content-end-dash.ts dashAsideEnd), as a cue inside
// parentheses does. Whole pipeline, [content, cue] of each record. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const all = (text: string) => analyze({ id: 'd', text }).quotes.map((q) => [q.text, q.cue?.text ?? null]);

describe('quotes/content-end-dash: a cue inside a dash aside', () => {
  it.each<[string, (string | null)[][]]>([
    ['The mayor -- who said last week that the plan was dead -- voted for it on Tuesday.', [['the plan was dead', 'said']]],
    ['The keeper — who insisted the ball had not crossed the line — was booked.', [['the ball had not crossed the line', 'insisted']]],
    ['The ferry firm - which blamed the storm for the delays - cut its fares.', [['the storm for the delays', 'blamed']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('quotes/content-end-dash: leaves alone', () => {
  it.each<[string, (string | null)[][]]>([
    // the dashes close before the cue: the content runs to the sentence end
    ['The mayor -- a former teacher -- said the school would stay open.', [['the school would stay open', 'said']]],
    // a range written with an en dash is no dash
    ['The survey of 2010–2014 found that rents rose every year.', [['rents rose every year', 'found']]],
    // an aside inside the content, after the cue
    ['The museum said the vase -- a gift from a collector -- was a copy.', [['the vase -- a gift from a collector -- was a copy', 'said']]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
