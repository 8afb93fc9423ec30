import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/analysis/speakers/list-name.js';

// The name of a group of people listed: the speakers stage names it so and the quote speaker finds it by this name.
describe('speakers/list-name: a listed group’s name', () => {
  it.each([
    [['Tom Fenn', 'Lia Ortz'], 'Tom Fenn and Lia Ortz'],
    [['Ada Kim', 'Tom Fenn', 'Lia Ortz'], 'Ada Kim, Tom Fenn and Lia Ortz'],
  ])('%j -> %s', (names, expected) => {
    expect(listName(names)).toBe(expected);
  });
});
