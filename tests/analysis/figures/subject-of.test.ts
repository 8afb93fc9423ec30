// figures/subject-of.ts: the words after a figure's "of" that are no part of what it counts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/analysis/figures/index.js';

const subjectOf = (text: string, figure: string): string | null | undefined =>
  extractFigures(text).find((c) => text.slice(c.start, c.end) === figure)?.subject;

describe('subject-of: read past a unit word, a whole and its number', () => {
  it.each<[string, string, string]>([
    ['The flood did £14m worth of damage to the harbour.', '£14m', 'damage'],
    ['The ranch sold 3,000 head of cattle.', '3,000', 'cattle'],
    ['A fifth of the county’s 8,000 bridges need repair.', 'A fifth', 'bridges'],
    ['Three of the side’s last 10 matches ended level.', 'Three', 'matches'],
    ['Half of the 300 nurses signed.', 'Half', 'nurses'],
  ])('%s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });

  it.each<[string, string, string]>([
    // "worth" after a count, and an owner with no number after it, stay in the phrase
    ['Some 40 worth of the total was lost.', 'Some 40', 'worth'],
    ['A third of the city’s parks are closed.', 'A third', 'city’s parks'],
    // after a noun, "worth" says what the thing is worth (subject-stops.ts)
    ['Police seized 2.5 tonnes of heroin worth £3m.', '2.5 tonnes', 'heroin'],
  ])('leaves alone: %s', (text, figure, subject) => {
    expect(subjectOf(text, figure)).toBe(subject);
  });
});
