// The shared contexts cue rules read around a speech-verb form (cues/verb-contexts.ts): a few of its patterns, each on
// text it must match and text it must not. Invented texts.
import { describe, expect, it } from 'vitest';
import { AGAIN_AFTER, ASIDE_THEN_THAT, CLAUSE_AFTER, FIGURE_NOUN_OBJECT, SENTENCE_OPENING, THANKS_TO } from '../../../src/analysis/cues/verb-contexts.js';

const PATTERNS: Record<string, RegExp> = { AGAIN_AFTER, ASIDE_THEN_THAT, CLAUSE_AFTER, FIGURE_NOUN_OBJECT, SENTENCE_OPENING, THANKS_TO };

describe('cues/verb-contexts: patterns', () => {
  it.each([
    // a closing adverb of the act, not a time
    ['AGAIN_AFTER', ' again on Monday.', true],
    ['AGAIN_AFTER', ' back to the board.', false],
    ['AGAIN_AFTER', ' back in 2015.', false],
    ['AGAIN_AFTER', ' back-to-back wins.', false],
    // "thanks to", perhaps "in large part"; no other preposition
    ['THANKS_TO', ' in large part to the volunteers.', true],
    ['THANKS_TO', ' for the help.', false],
    // a clause, a colon or a quote mark after the form
    ['CLAUSE_AFTER', ' that the pier was unsafe.', true],
    ['CLAUSE_AFTER', ', “We are done.”', true],
    ['CLAUSE_AFTER', ' the pier was unsafe.', false],
    // an aside between commas, then the form's own "that" clause
    ['ASIDE_THEN_THAT', ', in its annual review, that rents rose.', true],
    ['ASIDE_THEN_THAT', ', which were leaked, show losses.', false],
    ['ASIDE_THEN_THAT', ', released on Friday, that the harvest was poor', false],
    ['ASIDE_THEN_THAT', ', quietly, that the harvest was poor', true],
    ['ASIDE_THEN_THAT', ', “we are done,” that night.', false],
    // a noun and a figure after it
    ['FIGURE_NOUN_OBJECT', ' revenue of about $2 billion.', true],
    ['FIGURE_NOUN_OBJECT', ' concern about the cost.', false],
    // the start of the text, a line or a sentence
    ['SENTENCE_OPENING', 'The pier shut. ', true],
    ['SENTENCE_OPENING', 'Fares rose.” ', true],
    ['SENTENCE_OPENING', 'Fares rose, ', false],
  ])('%s on %j: %s', (name, text, want) => {
    expect(PATTERNS[name]!.test(text)).toBe(want);
  });
});
