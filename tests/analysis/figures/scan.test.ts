// The number scan (src/analysis/figures/scan.ts): where a number in digits may start. Texts are invented.
import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../../src/analysis/figures/scan.js';

const starts = (text: string): string[] => scanNumbers(text).map((c) => text.slice(c.start, c.end));

describe('scan: digits that start a number', () => {
  it.each<[string, string]>([
    ['The tank held 3.5 litres.', '3.5'],
    ['Rainfall rose by .4 inches overnight.', '.4'],
    ['The bus fare is USD34 now.', '34'],
    ['The levy raised KSh2 in the end.', '2'],
    ['(7) ferries sailed.', '7'],
  ])('%s', (text, want) => expect(starts(text)).toContain(want));
});

describe('scan: digits glued to a word or number are left alone', () => {
  it.each<[string, string]>([
    ['She saved the track as an mp3 file.', '3'],
    ['The covid19 ward reopened.', '19'],
    ['The dial read abc.5 at noon.', '5'],
  ])('%s', (text, notWanted) => {
    expect(starts(text)).not.toContain(notWanted);
    expect(starts(text)).not.toContain(`.${notWanted}`);
  });
});
