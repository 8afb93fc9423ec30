// Ordinal words that rank nothing (src/analysis/figures/ordinals.ts), and digit ordinals' suffixes.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind }));

describe('ordinals: adverbs and names', () => {
  it.each<[string, string]>([
    ['At first the dam held.', 'first'],
    ['The blogger first reported the leak.', 'first'],
    ['First of all, nobody paid.', 'First'],
    ['Patients should call a nurse first, the clinic said.', 'first'],
    ['Check the brakes first.', 'first'],
    ['The two sides must first agree on a date.', 'first'],
    ['It cost far more than the $2 million first budgeted.', 'first'],
    ['The bridge was first built in 1890.', 'first'],
  ])('an adverb is no figure: %s', (text, word) => {
    expect(found(text).map((f) => f.text)).not.toContain(word);
  });

  it.each<[string, string]>([
    ['Shares of Harbor First fell.', 'First'],
    ['The shop on Third Street shut.', 'Third'],
  ])('inside a name it is an identifier: %s', (text, word) => {
    expect(found(text)).toContainEqual({ text: word, kind: 'other' });
  });

  it.each<[string, string]>([
    ['Second, the plan costs too much.', 'Second'],
    ['The first game was close.', 'first'],
    ['She finished third overall.', 'third'],
    ['It was the twentieth attempt.', 'twentieth'],
    ['the 21st century and the 12th day', '12th'],
    ['Corrin finished first.', 'first'],
    ['Her horse came in first, ahead of Lark.', 'first'],
    ['He was first.', 'first'],
    ['It is her first.', 'first'],
    ['The race was not Dana Orr’s first.', 'first'],
    ["The race was not the Orrs' first.", 'first'],
    ['His first, and best, record sold well.', 'first'],
    ['The first planned route was shorter.', 'first'],
    ['The first budgeted year ran short.', 'first'],
  ])('a rank stays an ordinal: %s', (text, word) => {
    expect(found(text)).toContainEqual({ text: word, kind: 'ordinal' });
  });

  it('a digit ordinal needs its own suffix: "12st" is no rank', () => {
    expect(found('He weighs 12st now.').some((f) => f.kind === 'ordinal')).toBe(false);
  });
});

describe('age bands are no decades', () => {
  it.each<[string, string]>([
    ['The pill cut risk in the over-50s.', '50'],
    ['Tickets for the under-30s cost less.', '30'],
  ])('%s', (text, digits) => {
    expect(found(text).filter((f) => f.text.startsWith(digits)).map((f) => f.kind)).not.toContain('year');
  });
  it.each<[string, string]>([
    ['Prices rose in the 1990s.', '1990s'],
    ['The band was big in the 80s.', '80s'],
  ])('a decade stays a year: %s', (text, want) => {
    expect(found(text)).toContainEqual({ text: want, kind: 'year' });
  });
});
