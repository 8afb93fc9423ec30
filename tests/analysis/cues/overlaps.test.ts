import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';

const cues = (text: string): string[] => findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => `${c.kind}:${c.text}`);

describe('cues: of a verb cue and a noun cue that overlap, the longer stays', () => {
  it.each([
    // a light verb with its noun holds the noun cue inside it
    ['Ivo Sarn has voiced his desire to win the seat.', ['verb:has voiced his desire to']],
    // a verb governing a possessed stance noun is read with the noun
    ['Ms Holm repeated her criticism of the toll, saying it was unfair.', ['noun:repeated her criticism of', 'verb:saying']],
    // after a possessor the form is the noun, as before
    ['Her latest claim that the port is safe was wrong.', ['noun:latest claim']],
    // cues that do not overlap both stay
    ['Ana Ruiz said her claim that the port is safe stands.', ['verb:said', 'noun:claim']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
