// An open question reported as an attribution (cues/nominal-question.ts, quotes/nominal-question.ts): the cue runs
// from the article (a possessor stays out) to the copula, the wh-clause after it is the content.
import { describe, expect, it } from 'vitest';
import { findQuestionCues } from '../../../src/analysis/cues/nominal-question.js';
import { nominalContent } from '../../../src/analysis/quotes/nominal-content.js';

/** The one-sentence text's first question cue: [cue, content, source words or null]. */
const read = (text: string): [string, string, string | null] | null => {
  const cue = findQuestionCues(text, () => false)[0];
  if (cue === undefined) return null;
  const c = nominalContent(text, cue, 0, text.length);
  if (c === null) return null;
  return [cue.text, text.slice(c.start, c.end), c.source === null ? null : text.slice(c.source.start, c.source.end)];
};

describe('a question and its copula before a wh-clause', () => {
  it.each([
    ['The question now is whether the toll will stay.', 'The question now is', 'whether the toll will stay', null],
    ['One nagging question was how the club would pay its debts.', 'One nagging question was', 'how the club would pay its debts', null],
    ['The only open question is when the ferry returns, and nobody knows.', 'The only open question is', 'when the ferry returns', null],
    ['A question that has arisen is why the gate was left open.', 'A question that has arisen is', 'why the gate was left open', null],
    ['The big question remains who will pay for the bridge.', 'The big question remains', 'who will pay for the bridge', null],
    ["Ida Brandt's main question was why the bus was late.", 'main question was', 'why the bus was late', "Ida Brandt's"],
    ['Her question is not whether to sell; it is when.', 'question is not', 'whether to sell', 'Her'],
  ])('%s', (text, cue, content, source) => {
    expect(read(text)).toEqual([cue, content, source]);
  });
});

describe('questions someone is asked about a wh-clause: asked by nobody named', () => {
  it.each([
    ['The mayor faced tough questions about whether she knew of the leak.', 'tough questions about', 'whether she knew of the leak', null],
    ['Ola Berg was peppered with pointed questions about how the fund would pay.', 'pointed questions about', 'how the fund would pay', null],
    ["She has endured constant questions about whether she'll resign, despite the board's support.", 'constant questions about', "whether she'll resign, despite the board's support", null],
    ['The coach dodged questions over why the team lost.', 'questions over', 'why the team lost', null],
  ])('%s', (text, cue, content, source) => {
    expect(read(text)).toEqual([cue, content, source]);
  });

  it.each([
    // raising questions is the writer's own doubt, not questions someone asked
    ['The delay raises questions about whether the city can pay.'],
    // no wh-clause: a topic
    ['The mayor faced questions about the leak.'],
    // no verb of being asked
    ['Questions about whether the pier is safe remain.'],
  ])('leaves alone: %s', (text) => {
    expect(findQuestionCues(text, () => false)).toEqual([]);
  });
});

describe('leaves alone', () => {
  it.each([
    // the clause after "is that" is no question asked
    ['The question is that old chestnut again.'],
    // a plural, or no copula: "questions about", "the question of" are read (or not) elsewhere
    ['The questions were what they feared most.'],
    ['They raised the question of whether the pier is safe.'],
    // a preposition's object is no subject of the copula
    ['The answer to the question is what matters.'],
    // no article or possessor: a heading, a list item
    ['Question is whether the vote counts.'],
  ])('%s', (text) => {
    expect(findQuestionCues(text, () => false)).toEqual([]);
  });

  it('skips a question inside quotation marks', () => {
    expect(findQuestionCues('He said: “The question is whether we can pay.”', (at) => at > 9)).toEqual([]);
  });
});
