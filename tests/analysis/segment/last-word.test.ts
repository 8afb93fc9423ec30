import { describe, expect, it } from 'vitest';
import { lastWord, wordBeforeBlanks } from '../../../src/analysis/segment/last-word.js';

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

describe('lastWord', () => {
  it.each([
    ['prices ROSE ', 'rose'],
    ['fell by\u00a0', 'by'], // a no-break space is a blank too
    ['about', 'about'], // no blank at the end: the whole last run
    ['', ''],
  ])('%j -> %j', (s, expected) => {
    expect(lastWord(s)).toBe(expected);
  });
});
