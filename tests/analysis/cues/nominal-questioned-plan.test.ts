// A plan as the topic its holder is questioned on (cues/nouns.ts QUESTIONED_ON): "pressed Ida Kim on her plan to
// raise pay" is Ida Kim's stated stance; a plan with no questioning before it stays a deed.
import { describe, expect, it } from 'vitest';
import { findNounCues } from '../../../src/analysis/cues/nouns.js';

const cues = (text: string): string[] => findNounCues(text, () => false).map((c) => c.text);

describe('a plan its holder is questioned on', () => {
  it.each([
    ['Tom Ash pressed Ida Kim on her plan to raise pay.', ['plan']],
    ['The panel grilled the mayor over his proposal to close the depot.', ['proposal']],
    ['Reporters quizzed them about their plans to merge the two clubs.', ['plans']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    ['Ida Kim unveiled her plan to raise pay.'],
    ['The board voted on her proposal to close the depot.'],
    ['Tom Ash pressed Ida Kim on her plan for the port.'],
  ])('leaves alone: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});
