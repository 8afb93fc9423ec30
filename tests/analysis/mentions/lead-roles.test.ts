// A sentence-opening capitalised word shaped like an agent noun that no name list knows ("Sprinter", "Juror",
// "Novelist") is the role of the name after it, not part of it (mentions/classify-run.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const first = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.role ?? null}`;
};

describe('mentions: an agent noun opening the sentence before a name', () => {
  it.each([
    ['Sprinter Ade Brandt said she would run again.', 'Ade Brandt/sprinter'],
    ['Skipper Ola Berg said the quota was too low.', 'Ola Berg/skipper'],
    ['Novelist Ida Renn said the book was finished.', 'Ida Renn/novelist'],
  ])('%s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it.each([
    // a surname the lexicon knows opens the name; a company's name keeps its first word
    ['Walker Ade Brandt said she would run again.', 'Walker Ade Brandt/null'],
    ['Transporter Holdings Group said the deal was done.', 'Transporter Holdings Group/null'],
  ])('leaves alone: %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });
});
