// A bare final-attribution form after a plural head (of a role or a body, or with its short prepositional phrase), with a
// clause after it, is the head's verb (cues/plural-head-clause.ts): "Economists at the bank estimate growth will slow". Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';
import { barePluralHead } from '../../../src/analysis/cues/plural-head-clause.js';

const cues = allCues;

describe('cues: a plural head, its prepositional phrase, a bare form and a clause', () => {
  it.each<[string, string[]]>([
    ['Economists at the bank estimate growth will slow.', ['estimate']],
    ['Analysts at the brokerage Hollin Partners forecast the merger will save 40 million dollars a year.', ['forecast']],
    ['Residents of the valley fear the dam could burst.', ['fear']],
    ['Critics of the toll claim it would cost jobs.', ['claim']],
    ['Workers at the mill report their hours have been cut.', ['report']],
    // no phrase: a plural of a role or a body, or a collective noun, right before the form
    ['Flood relief advocates worry the grants could dry up.', ['worry']],
    ['Ward staff fear the unit will close by June.', ['fear']],
    ['Local charities fear donations will fall this winter.', ['fear']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the form as a noun: its own verb follows, or no clause does
    ['The results of the bank estimate were published on Monday.', ['were published']],
    ['Prices in the official estimate are too low.', []],
    ['Readers of the monthly report say the magazine has improved.', ['say']],
    ['Fans of the weekly report will be disappointed.', []],
    // a plural that is no role or body makes a compound noun; a time after the form is the noun's own
    ['The earnings estimate analysts gave was far too low.', []],
    ['The pilots report this week was gloomy.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe('cues/plural-head-clause: barePluralHead reads a plural by lexicon/plurals.ts', () => {
  it.each(['advocates', 'deputies', 'coaches', 'witnesses', 'unions'])('takes %s', (word) => {
    expect(barePluralHead(word)).toBe(true);
  });
  it.each(['stares', 'damages', 'earnings'])('leaves alone %s', (word) => {
    expect(barePluralHead(word)).toBe(false);
  });
});

describe('cues: a plural head of people or bodies, a bare form and its own particle', () => {
  it.each<[string, string[]]>([
    ['Shop owners point to the closure of the car park.', ['point to']],
    ['Hospital managers point to a shortage of nurses.', ['point to']],
    ['Café owners call for lower business rates.', ['call for']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // the particle says when: a noun compound; the plural is a preposition's object
    ['The staff call on Monday was short.', []],
    ['A list of owners point to nothing.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
