// quotes/speaker-fronted.ts frontedClauseEnd, called directly: a sentence that opens with a subordinate clause ends
// that clause at its comma, when the comma comes before the cue; else -1.
import { describe, expect, it } from 'vitest';
import { frontedClauseEnd } from '../../../src/analysis/quotes/speaker-fronted.js';

// the text up to the fronted clause's comma, the cue being `cue`, or -1
const clause = (text: string, cue: string): string | -1 => {
  const end = frontedClauseEnd(text, 0, text.indexOf(cue));
  return end < 0 ? -1 : text.slice(0, end);
};

describe('quotes/speaker-fronted: the end of a subordinate clause opening the sentence', () => {
  it.each([
    ['When the referee blew the whistle, the captain walked off, saying the pitch was unsafe.', 'saying', 'When the referee blew the whistle'],
    ['But even as nurses warned of delays, the clinic pressed on, arguing it had no choice.', 'arguing', 'But even as nurses warned of delays'],
    ['Shortly after the storm passed, the harbour master said the boats could leave.', 'said', 'Shortly after the storm passed'],
  ])('%s', (text, cue, expected) => {
    expect(clause(text, cue)).toBe(expected);
  });

  it.each([
    // no subordinator opens the sentence
    ['The captain walked off, saying the pitch was unsafe.', 'saying'],
    // the clause's comma comes after the cue
    ['When the referee said the pitch was unsafe, the captain walked off.', 'said'],
    // a subordinator further in is no fronted clause
    ['The captain said, when asked, that the pitch was unsafe.', 'said'],
  ])('leaves alone: %s', (text, cue) => {
    expect(clause(text, cue)).toBe(-1);
  });
});
