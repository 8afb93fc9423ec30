// A run of capitalised words ends where a cue starts (mentions/runs.ts): in a title-case headline the verb and the words
// after it are capitalised too, so the run ran on over them ("Tomas Reel Calls Ida Marsh" as one organisation) and the
// headline's speaker had no name. Invented headlines.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { analyze } from '../../../src/analysis/index.js';

const mentions = (text: string): string[] => findMentions(findCues(findQuoteMarks(segment({ id: 't', text }))))
  .mentions.map((m) => `${m.kind}:${m.text}`);
const speaker = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerKind ?? null}`;
};

describe('mentions: a headline run ends at its cue', () => {
  it.each([
    ['Tomas Reel Calls Ida Marsh ‘A Fraud’ Over Port Deal.\n\nPort owner Tomas Reel spoke on Monday.', 'Tomas Reel/person'],
    ['Brenda Kole Just Said The Port Deal Was Rushed.\n\nBrenda Kole, a union official, spoke on Monday.', 'Brenda Kole/person'],
    ['Ivo Sand Claims ‘The Chains’ Are Off His Firm.\n\nIvo Sand spoke on Monday.', 'Ivo Sand/person'],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });

  it.each([
    // a name holds no cue: it stays whole
    ['Ministry of Energy Says Prices Will Fall.', 'organization:Ministry of Energy'],
    ['Port owner Tomas Reel said the deal was fair.', 'title-name:Port owner Tomas Reel'],
    ['The Velm Water Board said the pipes were safe.', 'organization:Velm Water Board'],
  ])('leaves alone: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});
