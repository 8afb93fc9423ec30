// Appositions give a name its role (mentions/appositions.ts): "Jane Roe, a doctor," and "the firm's chief, Jane Roe,".
// Invented texts.
import { describe, expect, it } from 'vitest';
import { roleOf } from './mentions-of.js';

describe('mentions: appositions give a name its role', () => {
  it.each([
    ['Hugo Brandt, a veterinarian, said so.', 'Hugo Brandt', 'veterinarian'],
    ['The firm’s chief executive, Dana Whitlock, said so.', 'Dana Whitlock', 'chief executive'],
    ['Ann Pell, the agency’s director, said so.', 'Ann Pell', 'director'],
  ])('apposition: %s', (text, mention, role) => {
    expect(roleOf(text, mention)).toBe(role);
  });
});
