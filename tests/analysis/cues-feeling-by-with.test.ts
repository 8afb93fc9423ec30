// Feelings held toward something after "be", "grow", "get" or "become", their cause after "by" or "with" as well as
// "about" (cues/adjectives.ts, lexicon/feeling-adjectives.ts), and a bare object's end at "- and" and a past form
// (quotes/content-end-alone.ts). Invented texts, run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('cues: a feeling and its cause after "by" or "with"', () => {
  it.each<[string, (string | null)[][]]>([
    ['Farmers were outraged by the new water levy.', [['the new water levy', 'Farmers', 'were outraged by']]],
    ['The fans were thrilled with the late winner.', [['the late winner', 'The fans', 'were thrilled with']]],
    ['Local officials are growing increasingly irritated by the delays at the port.',
      [['the delays at the port', 'Local officials', 'are growing increasingly irritated by']]],
    ['The union wasn’t happy about the deal.', [['the deal', 'The union', 'wasn’t happy about']]],
    ['Investors were less pleased by the bank’s plan to cut its dividend.', [['the bank’s plan to cut its dividend', 'Investors', 'were less pleased by']]],
    ['The coach got angry with the referee.', [['the referee', 'The coach', 'got angry with']]],
    // a feeling whose "by" is often an event's agent still holds its cause after "about", "at" or "that"
    ['Growers were surprised at the size of the subsidy.', [['the size of the subsidy', 'Growers', 'were surprised at']]],
    ['The mayor was unhappy about the ruling - and hit the board with a lawsuit on Monday.', [['the ruling', 'The mayor', 'was unhappy about']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, (string | null)[][]]>([
    // a plain passive's agent: no feeling held
    ['The club has been troubled by injuries all season.', []],
    ['The defending champion was upset by an unseeded qualifier in the second round.', []],
    ['City were stunned by a late goal from the visitors.', []],
    ['The champions were surprised by a second-division side in the cup.', []],
    ['Rovers were shocked by a late equaliser from the visitors.', []],
    ['The home side were embarrassed by the league leaders on Saturday.', []],
    ['The road was blocked by protesters on Monday.', []],
    // a change of state before a stance word is no stance
    ['The economy has grown against the odds this year.', []],
    // "concerned with" is what a thing deals with
    ['The study is concerned with the cost of housing.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
