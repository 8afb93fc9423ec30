// Feelings held toward something after "be", "grow", "get" or "become", their cause after "by" or "with" as well as
// "about" (cues/adjectives.ts, lexicon/feeling-adjectives.ts), and a bare object's end at "- and" and a past form
// (quotes/content-end-alone.ts). Invented texts, run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const rows = (text: string) => analyze({ id: 't', text }).quotes.map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('cues: a feeling and its cause after "by" or "with"', () => {
  it.each<[string, (string | null)[][]]>([
    ['Farmers were outraged by the new water levy.', [['the new water levy', 'Farmers', 'were outraged by']]],
    ['The fans were thrilled with the late winner.', [['the late winner', 'The fans', 'were thrilled with']]],
    ['Dock workers are getting very irritated by the new shift rota.',
      [['the new shift rota', 'Dock workers', 'are getting very irritated by']]],
    ['The ferry crew weren’t happy about the new timetable.', [['the new timetable', 'The ferry crew', 'weren’t happy about']]],
    ['Bondholders were less pleased by the lender’s move to skip a coupon.', [['the lender’s move to skip a coupon', 'Bondholders', 'were less pleased by']]],
    ['The coach got angry with the referee.', [['the referee', 'The coach', 'got angry with']]],
    // anger held at its cause, in any of its words
    ['Allotment holders are furious about the new water meters.', [['the new water meters', 'Allotment holders', 'are furious about']]],
    ['The skipper was livid with the umpire.', [['the umpire', 'The skipper', 'was livid with']]],
    // a worry held about a prospect, with its preposition or clause
    ['Bond traders are nervous about the budget.', [['the budget', 'Bond traders', 'are nervous about']]],
    ['The growers were anxious that the rain would not come.', [['the rain would not come', 'The growers', 'were anxious']]],
    // a feeling whose "by" is often an event's agent still holds its cause after "about", "at" or "that"
    ['Growers were surprised at the size of the subsidy.', [['the size of the subsidy', 'Growers', 'were surprised at']]],
    ['The landlord was unhappy about the rent cap - and took the council to court on Monday.', [['the rent cap', 'The landlord', 'was unhappy about']]],
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
    // a worry with no prospect named, or an intention ("anxious to"), or a moment ("nervous at the start")
    ['The young horse was nervous at the start.', []],
    ['The new owners are anxious to begin work.', []],
    ['The skipper was furious.', []],
    // "concerned with" is what a thing deals with
    ['The study is concerned with the cost of housing.', []],
  ])('leaves alone: %s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
