// Ordinal words that rank nothing (src/analysis/figures/ordinals.ts), and digit ordinals' suffixes.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/analysis/figures/index.js';

const found = (text: string) => extractFigures(text).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind }));

describe('ordinals: adverbs and names', () => {
  it.each<[string, string]>([
    ['At first the dam held.', 'first'],
    ['The blogger first reported the leak.', 'first'],
    ['First of all, nobody paid.', 'First'],
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
  ])('a rank stays an ordinal: %s', (text, word) => {
    expect(found(text)).toContainEqual({ text: word, kind: 'ordinal' });
  });

  it('a digit ordinal needs its own suffix: "12st" is no rank', () => {
    expect(found('He weighs 12st now.').some((f) => f.kind === 'ordinal')).toBe(false);
  });
});
