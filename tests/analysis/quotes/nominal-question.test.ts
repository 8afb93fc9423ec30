// quotes/nominal-question.ts questionContent, called directly: the wh-clause a reported open question asks, to the end
// of its clause, with the possessor the caller gives as its source.
import { describe, expect, it } from 'vitest';
import { questionContent } from '../../../src/analysis/quotes/nominal-question.js';
import { cueOf } from '../verb-cues.js';

// the asked clause after the noun cue `words`, or null
const asked = (text: string, words: string): string | null => {
  const c = questionContent(text, cueOf(text, words), text.length, null);
  return c === null ? null : text.slice(c.start, c.end);
};

describe('quotes/nominal-question: the clause a reported open question asks', () => {
  it.each([
    ['The question now is whether the pier can be saved.', 'The question now is', 'whether the pier can be saved'],
    // a comma before a new clause ends it
    ['Her question was why the pool had closed, and nobody knew.', 'question was', 'why the pool had closed'],
    // a clause mark ends it; quotation marks stay inside
    ["The question is whether the striker is 'fit' to play; the coach says he is.", 'The question is', "whether the striker is 'fit' to play"],
  ])('%s', (text, words, expected) => {
    expect(asked(text, words)).toBe(expected);
  });

  it.each([
    // a comma inside the clause with no new clause after it
    ['The question now is whether the pier, built in 1890, can be saved.', 'The question now is', 'whether the pier, built in 1890, can be saved'],
  ])('leaves alone: %s', (text, words, expected) => {
    expect(asked(text, words)).toBe(expected);
  });

  it('gives the possessor as its source and the rule name; nothing after the cue gives null', () => {
    const text = 'Her question was why the pool had closed.';
    const cue = cueOf(text, 'question was');
    const source = { start: 0, end: 3, rule: 'possessor' };
    expect(questionContent(text, cue, text.length, source)).toMatchObject({ source, rule: 'noun-question' });
    expect(questionContent(text, cue, cue.end, null)).toBeNull();
  });
});
