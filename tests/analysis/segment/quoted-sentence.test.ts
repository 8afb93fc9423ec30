// A quotation that reads as a sentence, not as a quoted title or name (segment/quoted-sentence.ts).
import { describe, expect, it } from 'vitest';
import { quoteReadsAsSentence } from '../../../src/analysis/segment/quoted-sentence.js';

// the text is the quote with whatever follows it; the opening mark is at 0
describe('segment: a quotation that reads as a sentence', () => {
  it.each([
    ['"We walked away," he said.'],
    ['“It is a sad day.”'],
    ['‘It’s coming,’ she said.'],
    ['"Nobody told the crew," a pilot said.'],
    ['"Stop!" the guard shouted.'],
  ])('sentence: %s', (text) => {
    expect(quoteReadsAsSentence(text, 0)).toBe(true);
  });

  it.each([
    ['"Open Water" treaty was signed.'],
    ['“Feast of Lanterns” toured the coast.'],
    ['"Bread and Roses" was sung at the rally.'],
    ['‘Green Lane’ scheme'],
    ['"Unclosed and going on'],
    ['"Line one\nline two" broke across lines'],
  ])('title or name: %s', (text) => {
    expect(quoteReadsAsSentence(text, 0)).toBe(false);
  });
});
