import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// A verb coordinated inside a relative clause ("the Greens, who hold 14 seats and have threatened to abstain") shares
// the relative pronoun, so its antecedent speaks; a participle after a relative clause ("..., who had complained,
// vowing to appeal") continues the main clause, not the relative one.
const speakerOf = (text: string, cue: string) => {
  const q = analyze({ id: 't', text }).quotes.find((x) => x.cue?.text === cue);
  return q === undefined ? undefined : q.speakerMention === null ? null : text.slice(q.speakerMention.start, q.speakerMention.end);
};

describe('quotes: relative clauses and the verbs after them', () => {
  it.each([
    ['Premier Ada Kolb tabled the budget on Monday, setting up a showdown with the Greens, who hold nine of the 80 seats and have threatened to abstain on Thursday.', 'have threatened', 'Greens, who'],
    ['Ana Ruiz met the pilots, who walked out in May and have since demanded a new contract.', 'demanded', 'the pilots, who'],
    ['Pia Lund attacked the rival clubs, who have complained about her transfer, vowing to appeal the fine.', 'vowing', 'Pia Lund'],
  ])('%s (%s)', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });

  it.each([
    // an object relative with its own subject: the coordinated verb is that subject's
    ['Ana Ruiz said the plan, which she drafted in May and defended on Monday, would cut fares.', 'defended', 'Ana Ruiz'],
    // a relative clause closed before the main verb: the coordinated verb shares the main subject
    ['Ana Ruiz, who chairs the board, said the fares would rise and warned that routes would close.', 'warned', 'Ana Ruiz'],
    // no relative clause at all
    ['The pilots walked out in May and have since demanded a new contract.', 'demanded', 'The pilots'],
    ['Ana Ruiz said the levy was unfair, adding that farmers would suffer.', 'adding', 'Ana Ruiz'],
  ])('leaves alone: %s (%s)', (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});
