// A currency's letters glued to the digits of an amount ("R2.7 billion", "KSh2bn") are money, not an acronym that
// could speak (mentions/name-shape.ts currencyAmount, read by runs.ts).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/analysis/mentions/index.js';
import { analyze } from '../../../src/analysis/index.js';
import type { Cued } from '../../../src/analysis/state.js';

const mentions = (text: string): string[] => {
  const s: Cued = { doc: { id: 't', text }, paragraphs: [], sentences: [], quoteSpans: [], markup: [], speechWords: [], cues: [] };
  return findMentions(s).mentions.map((m) => m.text);
};

describe('mentions: a currency glued to an amount is no name', () => {
  it.each([
    ['Turnover reached R3.4 billion last year.', 'R3'],
    ['The mine paid R12,500 in fines.', 'R12'],
    ['The dam will cost R900m to finish.', 'R900m'],
    ['The county borrowed KSh4bn for roads.', 'KSh4bn'],
    ['Farmers lost Sh800 million to the drought.', 'Sh800'],
  ])('%s', (text, notAName) => {
    expect(mentions(text)).not.toContain(notAName);
  });

  it.each([
    // a bare "R" and a number without an amount's shape: a road, a model, a robot
    ['Traffic on the R45 was slow, Lia Dube said.', 'R45'],
    ['The R2-D2 toy sold out, Nomsa Khumalo said.', 'R2-D2'],
  ])('leaves alone: %s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});

describe('speakers: the description after an amount in rand is not resolved to the amount', () => {
  it('Turnover rose to R3.4 billion, the company said on Friday.', () => {
    const q = analyze({ id: 't', text: 'Turnover rose to R3.4 billion, the company said on Friday.' }).quotes[0];
    expect(q?.speaker).toBe('the company');
  });
});
