// A predicate adjective of feeling or belief (cues/adjectives.ts) starts its cue at the auxiliaries and adverbs
// before its "be", as a verb's cue does (cues/verb-span.ts cueStart): "have been startled by", not "been
// startled by". Invented texts.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';

const cues = (text: string): string[] => findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => c.text);

describe('cues: the auxiliaries before a feeling or belief held', () => {
  it.each([
    ['Residents have been startled by the noise from the quarry.', ['have been startled by']],
    ['The growers may be worried about the frost.', ['may be worried about']],
    ['He had also been angered by the delay.', ['had also been angered by']],
    ['Its owners have long been sceptical of the merger.', ['have long been sceptical of']],
  ])('reads them into the cue: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // a name or a noun in -ly before "is" is the subject, not an adverb
    ['Beverly is confident that the dam will hold.', ['is confident']],
    ['The family is worried about the cost.', ['is worried about']],
    // a contracted "be" stays as it was
    ['They’re confident the ferry will sail on time.', ['’re confident']],
  ])('leaves the subject out: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
