// quotes/content-end-pronoun.ts pronounClauseStart, called directly: a bare 'and'/'but', a person's subject pronoun
// and a verb of saying right before the cue open a second attribution; the offset is where that clause starts.
import { describe, expect, it } from 'vitest';
import { pronounClauseStart } from '../../../src/analysis/quotes/content-end-pronoun.js';
import { cueOf, handCue } from '../verb-cues.js';

// the text before the second cue `words` from the end of the first 'told'/'said', and the offset found in it (or -1)
const startIn = (text: string, words: string): string | -1 => {
  const c = cueOf(text, words);
  const clause = text.slice(0, c.start);
  const at = pronounClauseStart(clause, c);
  return at < 0 ? -1 : clause.slice(at);
};

describe('quotes/content-end-pronoun: a pronoun\'s own clause of saying after and/but', () => {
  it.each([
    ['The keeper told reporters the pitch was dry and she said the match would go ahead.', 'said', ' and she '],
    ['The chef told diners the kitchen was shut but he wrote that it would reopen.', 'wrote', ' but he '],
    // one adverb between the pronoun and the cue
    // (an adverb before the verb is read into the cue: the clause starts at the conjunction all the same)
    ['The warden told walkers the path was closed and they later said it had flooded.', 'later said', ' and they '],
  ])('%s', (text, words, expected) => {
    expect(startIn(text, words)).toBe(expected);
  });

  it.each([
    // a noun after 'and' may be the content's own second subject
    ['The keeper told reporters the pitch was dry and the referee said it was fine.', 'said'],
    // a verb of wanting or hoping, no content said or written
    ['The keeper told reporters the pitch was dry and she hoped to start on time.', 'hoped'],
  ])('leaves alone: %s', (text, words) => {
    expect(startIn(text, words)).toBe(-1);
  });

  // (the cue stage reads no cue after 'it': the rule is given one by hand)
  it('leaves alone \'it\', no person\'s pronoun', () => {
    const text = 'The keeper told reporters the pitch was dry and it said nothing about rain.';
    const c = handCue(text, 'said', 'say');
    expect(pronounClauseStart(text.slice(0, c.start), c)).toBe(-1);
  });
});
