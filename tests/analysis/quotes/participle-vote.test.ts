import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// quotes/verb-cue PARTICIPLE_CUE: a court's vote after a participle cue ("ruling 2-1 that") leaves it a participle,
// which has the sentence's subject, not a noun of a relative clause before its comma.
const byCue = (text: string, cue: string): string | null =>
  analyze({ id: 't', text }).quotes.find((q) => q.cue?.text === cue)?.speakerMention?.text ?? null;

describe('quotes: a participle cue with a court vote', () => {
  it.each([
    ['A district court on Monday struck down a town rule that kept pupils from riding bikes, ruling 2-1 that it was void.', 'ruling 2-1', 'A district court'],
    ['The high court threw out a port levy that charged fishermen twice, ruling 5 to 4 that it broke the charter.', 'ruling 5 to 4', 'The high court'],
  ])('%s', (text, cue, speaker) => {
    expect(byCue(text, cue)).toBe(speaker);
  });

  it.each([
    // a finite ruling with its vote keeps its own subject
    ['The court ruled 6-1 that the levy was void.', 'ruled 6-1', 'The court'],
  ])('leaves alone: %s', (text, cue, speaker) => {
    expect(byCue(text, cue)).toBe(speaker);
  });
});
