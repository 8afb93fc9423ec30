// A lone word no first-name list knows that speaks, read as a surname, turns out an organisation when an "it" in
// its sentence points to it (speakers/pronoun-reference.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

const speakerOf = (text: string): string => {
  const q = analyze({ id: 't', text }).quotes[0];
  return `${q?.speaker ?? null}/${q?.speakerKind ?? null}`;
};

describe('speakers: a firm named by a lone word', () => {
  it.each([
    ['Quorvell said on Monday that it would close two plants.', 'Quorvell/organization'],
    ['Quorvell said its profits fell.', 'Quorvell/organization'],
  ])('%s', (text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  it.each([
    // "it" before a copula is mostly the situation; a full name is a person's
    ['Quorvell said it was a sad day for the town.', 'Quorvell/person'],
    ['Ilse Quorvell was cheered. Quorvell said it would take time.', 'Ilse Quorvell/person'],
  ])('leaves alone: %s', (text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
