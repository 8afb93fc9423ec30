import { describe, expect, it } from 'vitest';
import { wordBeforeBlanks } from '../../src/analysis/last-word.js';

const spaceOrTab = (c: string): boolean => c === ' ' || c === '\t';
const anyBlank = (c: string): boolean => /\s/.test(c);

describe('wordBeforeBlanks', () => {
  it.each<[string, (c: string) => boolean, string | null]>([
    ['sales rose by ', spaceOrTab, 'by'],
    ['prices were\t \t', spaceOrTab, 'were'],
    ['has ', anyBlank, 'has'],
    ['she has\n', anyBlank, 'has'],
    // the blank set decides what ends the window: a line break is no blank for the first reader
    ['she has\n', spaceOrTab, null],
    // no blank at the end: the last word is glued to what follows the window
    ['revenue of', spaceOrTab, null],
    ['', anyBlank, null],
    ['   ', anyBlank, ''],
  ])('%j -> %j', (s, isBlank, expected) => {
    expect(wordBeforeBlanks(s, isBlank)).toBe(expected);
  });
});
