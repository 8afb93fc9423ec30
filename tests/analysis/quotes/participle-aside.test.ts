import { describe, expect, it } from 'vitest';
import { speakers } from '../speaker-mentions.js';

// A past participle with a place or time phrase between commas ("The study, run across 61 firms, found") is an aside
// on the subject: the speaker is the phrase before it, not a name inside it. "so far" after a subject is no clause
// boundary ("The largest study so far found"). quotes/subject-before.ts PLACE_ASIDE, positions.ts boundaryWordAt.

describe('quotes/subject-before (participle asides) and positions ("so far")', () => {
  it.each([
    ['The largest trial, run across 48 Velm bakeries in 2023, found that most kept the shorter week.', 'The largest trial'],
    ['The audit, carried out among 300 Tarnby households in June, found that bills had doubled.', 'The audit'],
    ['The harbour plan, drawn up over two winters, says ferry fares will rise.', 'The harbour plan'],
    ['The widest survey so far found that most growers backed the levy.', 'The widest survey so far'],
    ['The widest survey so far, held in Orvik last spring, found that most growers backed the levy.', 'The widest survey so far'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    // an agent aside, an age, a relative clause and a plain apposition keep their subject
    ['The union, led by Ivo Berg, said the strike would go ahead.', 'The union'],
    ['Ana Ruiz, 54, said the levy would stay.', 'Ana Ruiz'],
    ['Ana Ruiz, who was elected in 2019, said the levy would stay.', 'Ana Ruiz'],
    // "so" still opens a clause when no "far" follows
    ['Turnout was low, so officials said the vote would be rerun.', 'officials'],
  ])('leaves alone: %s', (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });
});
